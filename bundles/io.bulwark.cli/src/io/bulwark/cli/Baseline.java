package io.bulwark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Issue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.bulwark.dsl.validation.DiagnosticCodes;

/**
 * {@code check --baseline FILE.sarif}: the fingerprints of an earlier SARIF output. An issue whose fingerprint
 * (rule, file, element; see {@link SarifReport.Fingerprints}) is among them is unchanged and does not count
 * towards the exit code; the others are new.
 */
final class Baseline {

    /** Refused baselines: not readable or not a SARIF output of Bulwark. */
    static final class BaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        BaselineException(String message) {
            super(message);
        }
    }

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException("cannot read the baseline " + Escapes.escape(file) + " (" + SafeFiles.reason(e) + ")");
        }
        Set<String> fingerprints = new HashSet<>();
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            for (JsonElement run : root.getAsJsonArray("runs")) {
                for (JsonElement result : run.getAsJsonObject().getAsJsonArray("results")) {
                    JsonObject partial = result.getAsJsonObject().getAsJsonObject("partialFingerprints");
                    if (partial != null && partial.has(SarifReport.FINGERPRINT_KEY)) {
                        fingerprints.add(partial.get(SarifReport.FINGERPRINT_KEY).getAsString());
                    }
                }
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException | UnsupportedOperationException e) {
            throw new BaselineException("the baseline " + Escapes.escape(file) + " is not a SARIF output of bulwark check --format sarif");
        }
        return new Baseline(fingerprints);
    }

    /** The issues already in the baseline, by identity. */
    Set<Issue> unchanged(List<ScenarioWorkspace.FileIssues> files) {
        Set<Issue> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        SarifReport.Fingerprints identities = new SarifReport.Fingerprints();
        for (ScenarioWorkspace.FileIssues file : files) {
            String uri = SarifReport.artifactUri(file.file());
            for (Issue issue : file.issues()) {
                if (fingerprints.contains(identities.next(DiagnosticCodes.of(issue.getCode()).id(), uri, issue))) {
                    unchanged.add(issue);
                }
            }
        }
        return unchanged;
    }
}
