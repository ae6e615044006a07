package io.bulwark.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import io.bulwark.dsl.fixes.QuickFixes;
import io.bulwark.model.bulwark.Model;

/** Code actions: the quick fixes of the diagnostics in the request, from their code and the issue data they carry. */
public class BulwarkCodeActionService implements ICodeActionService2 {

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        // the server passes the document and resource only through its access object
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> context.getDocument() == null ? List.of() : actions(options, context.getDocument(), context.getResource()));
    }

    private static List<Either<Command, CodeAction>> actions(Options options, Document document, Resource resource) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        String text = document.getContents();
        Model model = resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model m ? m : null;
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
            List<String> data = data(diagnostic.getData());
            if (!QuickFixes.hasFixes(code, data)) {
                continue;
            }
            int start = document.getOffSet(diagnostic.getRange().getStart());
            int end = document.getOffSet(diagnostic.getRange().getEnd());
            for (QuickFixes.Fix fix : QuickFixes.fixes(code, data, start, end, text, model)) {
                List<TextEdit> edits = fix.edits().stream().map(e -> new TextEdit(new Range(document.getPosition(e.offset()),
                        document.getPosition(e.offset() + e.length())), e.text())).toList();
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits)));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    /** Issue data as the server sent it: a string array in-process, a JSON array over the wire. */
    private static List<String> data(Object data) {
        List<String> values = new ArrayList<>();
        if (data instanceof String[] array) {
            values.addAll(List.of(array));
        } else if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                values.add(element.getAsString());
            }
        } else if (data instanceof List<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }
}
