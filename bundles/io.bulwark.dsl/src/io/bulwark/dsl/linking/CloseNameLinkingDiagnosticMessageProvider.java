package io.bulwark.dsl.linking;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * An unresolved reference says what kind of element was expected and offers the closest names in
 * scope as issue data, best first, so that a quick fix can replace it.
 */
public class CloseNameLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    private static final int MAX_SUGGESTIONS = 3;

    @Inject
    private IScopeProvider scopeProvider;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String kind = switch (context.getReference().getEReferenceType().getName()) {
            case "InterceptorType" -> "interceptor type";
            case "RadarType" -> "radar type";
            case "MissileType" -> "missile type";
            default -> context.getReference().getEReferenceType().getName().toLowerCase(Locale.ROOT);
        };
        String[] suggestions = closeNames(context).toArray(String[]::new);
        String message = "Unknown " + kind + " '" + context.getLinkText() + "'"
                + (suggestions.length == 0 ? "" : "; did you mean " + String.join(", ", suggestions) + "?");
        return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, suggestions);
    }

    private List<String> closeNames(ILinkingDiagnosticContext context) {
        Set<String> names = new LinkedHashSet<>();
        for (IEObjectDescription candidate : scopeProvider.getScope(context.getContext(), context.getReference()).getAllElements()) {
            names.add(candidate.getName().toString());
        }
        String wanted = context.getLinkText().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 3);
        return names.stream()
                .filter(name -> distance(wanted, name.toLowerCase(Locale.ROOT)) <= tolerance)
                .sorted(Comparator.comparingInt((String name) -> distance(wanted, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
