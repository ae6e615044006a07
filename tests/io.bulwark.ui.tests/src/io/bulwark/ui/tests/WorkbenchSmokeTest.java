package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Proves that a real workbench starts with Bulwark inside, as Bulwark Studio does. */
class WorkbenchSmokeTest {

    private static final List<String> BULWARK_BUNDLES = List.of("io.bulwark.core", "io.bulwark.model", "io.bulwark.dsl", "io.bulwark.dsl.ide",
            "io.bulwark.report", "io.bulwark.ui");

    @Test
    void workbenchIsRunningWithAWindowOnTheDisplay() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench should be running");
        int windows = Workbench.ui(() -> PlatformUI.getWorkbench().getWorkbenchWindowCount());
        assertTrue(windows >= 1, "the workbench should have opened a window");
    }

    @Test
    void aStepWithinAStepRunsAtOnceInsteadOfWaitingForItself() {
        // a step that waited for another step would wait for itself: the UI thread runs one at a time
        assertSame(Workbench.page(), Workbench.ui(Workbench::page));
    }

    @Test
    void productIsBulwarkStudio() {
        assertNotNull(Platform.getProduct(), "a product should be running");
        assertEquals("Bulwark Studio", Platform.getProduct().getName());
    }

    @Test
    void everyBulwarkBundleIsInstalledAndStartsActive() throws Exception {
        Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
        for (String name : BULWARK_BUNDLES) {
            Bundle bundle = Arrays.stream(bundles).filter(b -> b.getSymbolicName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not installed in the workbench"));
            assertFalse(bundle.getState() == Bundle.INSTALLED, name + " did not resolve");
            bundle.start(Bundle.START_TRANSIENT);
            assertEquals(Bundle.ACTIVE, bundle.getState(), name + " should be active");
        }
    }
}
