package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.model.bulwark.Model;

/**
 * Many files are checked in time linear in their number: the names they declare are indexed once after loading, and
 * every lookup of a name in other files (references, the duplicate-name check) asks that index instead of walking
 * every file.
 */
class WorkspaceIndexTest {

    private static final int FILES = 300;

    @TempDir
    Path dir;

    /** {@link #FILES} files, each declaring missile {@code M<i>} in package {@code p<i>}. */
    private List<Path> tinyFiles() throws IOException {
        for (int i = 0; i < FILES; i++) {
            Cli.write(dir, String.format("f%03d.bulwark", i), "package p" + i + "\nmissile M" + i + " {\n    reach 600 km\n    rcs 0.1 m2\n}\n");
        }
        return List.of(dir);
    }

    private static IResourceDescriptions indexAskedBy(ScenarioWorkspace workspace, Resource resource) {
        return workspace.languageInjector().getInstance(ResourceDescriptionsProvider.class).getResourceDescriptions(resource);
    }

    private static List<IEObjectDescription> lookUp(IResourceDescriptions index, EClass type, String name) {
        return java.util.stream.StreamSupport.stream(index.getExportedObjects(type, QualifiedName.create(name.split("\\.")), false).spliterator(), false)
                .toList();
    }

    @Test
    void theNamesOfAllFilesAreIndexedOnceAndLookupsAskThatIndex() throws Exception {
        ScenarioWorkspace workspace = ScenarioWorkspace.load(tinyFiles());
        Resource first = workspace.resource(workspace.files().get(0));
        ResourceSet resourceSet = first.getResourceSet();
        ResourceDescriptionsData names = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
        assertNotNull(names, "no name index on the resource set: each lookup walks every file");
        assertEquals(FILES, names.getAllURIs().size());

        EClass missileType = ((Model) first.getContents().get(0)).getTypes().get(0).eClass();
        IResourceDescriptions index = indexAskedBy(workspace, first);
        List<IEObjectDescription> found = lookUp(index, missileType, "p150.M150");
        assertEquals(1, found.size(), found.toString());
        assertEquals("f150.bulwark", found.get(0).getEObjectURI().trimFragment().lastSegment());

        // A file added to the resource set afterwards is not in the index: the lookup did not walk the resources.
        Resource late = resourceSet.createResource(URI.createFileURI(dir.resolve("late.bulwark").toString()));
        late.load(new ByteArrayInputStream("package late\nmissile L {\n    reach 600 km\n    rcs 0.1 m2\n}\n"
                .getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        assertEquals(List.of(), lookUp(indexAskedBy(workspace, first), missileType, "late.L"));
    }

    @Test
    void aNameDeclaredInTwoOfManyFilesIsAnErrorInBothAndNowhereElse() throws Exception {
        List<Path> paths = tinyFiles();
        Cli.write(dir, "again.bulwark", "package p7\nmissile M7 {\n    reach 900 km\n    rcs 0.1 m2\n}\n");
        List<ScenarioWorkspace.FileIssues> checked = ScenarioWorkspace.load(paths).validate();
        assertEquals(FILES + 1, checked.size());
        List<String> withDuplicates = checked.stream()
                .filter(f -> f.issues().stream().map(Issue::getCode).anyMatch(IssueCodes.DUPLICATE_NAME::equals))
                .map(f -> f.file().getFileName().toString()).toList();
        assertEquals(List.of("again.bulwark", "f007.bulwark"), withDuplicates);
        Issue issue = checked.get(0).issues().stream().filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).findFirst().orElseThrow();
        assertEquals("Missile p7.M7 is also declared in f007.bulwark", issue.getMessage());
        assertTrue(checked.stream().allMatch(f -> f.coverage() == null), "catalog files hold no scenario");
    }
}
