package io.bulwark.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;

/** The acceptances ({@link io.bulwark.dsl.validation.Acceptances}) of every file checked. */
final class Acceptances {

    /** The issues as checked, plus the stale acceptances as warnings, and the reason of each accepted issue. */
    record Result(List<ScenarioWorkspace.FileIssues> files, Map<Issue, String> accepted) {
    }

    private Acceptances() {
    }

    static Result apply(List<ScenarioWorkspace.FileIssues> files) {
        Map<Issue, String> accepted = new IdentityHashMap<>();
        List<ScenarioWorkspace.FileIssues> result = new ArrayList<>();
        for (ScenarioWorkspace.FileIssues file : files) {
            var applied = io.bulwark.dsl.validation.Acceptances.apply(file.resource(), file.issues());
            accepted.putAll(applied.accepted());
            result.add(applied.issues() == file.issues() ? file
                    : new ScenarioWorkspace.FileIssues(file.file(), file.resource(), applied.issues(), file.coverage()));
        }
        return new Result(result, accepted);
    }
}
