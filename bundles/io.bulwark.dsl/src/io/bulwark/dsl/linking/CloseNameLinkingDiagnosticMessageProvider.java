package io.bulwark.dsl.linking;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Names are compared by edit distance (quadratic in their length): longer ones are not typos of a name. */
    private static final int MAX_COMPARED_LENGTH = 64;

    /** How much of an unknown name a message quotes. */
    private static final int MAX_QUOTED_LENGTH = 40;

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
        String message = "Unknown " + kind + " " + quote(context.getLinkText())
                + (suggestions.length == 0 ? "" : "; did you mean " + String.join(", ", suggestions) + "?");
        return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, suggestions);
    }

    static String quote(String name) {
        return name.length() <= MAX_QUOTED_LENGTH ? "'" + name + "'"
                : "'" + name.substring(0, MAX_QUOTED_LENGTH) + "...' (" + name.length() + " characters)";
    }

    private List<String> closeNames(ILinkingDiagnosticContext context) {
        String wanted = context.getLinkText().toLowerCase(Locale.ROOT);
        if (wanted.length() > MAX_COMPARED_LENGTH) {
            return List.of();
        }
        int tolerance = Math.max(2, wanted.length() / 3);
        Map<String, Integer> distances = new LinkedHashMap<>();
        for (IEObjectDescription candidate : scopeProvider.getScope(context.getContext(), context.getReference()).getAllElements()) {
            String name = candidate.getName().toString();
            if (!distances.containsKey(name) && Math.abs(name.length() - wanted.length()) <= tolerance) {
                int distance = distance(wanted, name.toLowerCase(Locale.ROOT));
                if (distance <= tolerance) {
                    distances.put(name, distance);
                }
            }
        }
        return distances.keySet().stream()
                .sorted(Comparator.comparingInt((String name) -> distances.get(name)).thenComparing(Comparator.naturalOrder()))
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
