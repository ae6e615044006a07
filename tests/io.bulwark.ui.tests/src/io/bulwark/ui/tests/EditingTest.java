package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.Test;

import io.bulwark.ui.editor.BulwarkEditing;

/** Toggle Comment of the Bulwark editor, on a plain document. */
class EditingTest {

    @Test
    void toggleCommentCommentsEveryLineThenRestoresThem() throws Exception {
        String text = "force A\n    force B\n\nforce C\n";
        Document document = new Document(text);
        BulwarkEditing.toggleComment(document, 0, 3);
        assertEquals("//force A\n//    force B\n\n//force C\n", document.get());
        BulwarkEditing.toggleComment(document, 0, 3);
        assertEquals(text, document.get());
    }

    @Test
    void toggleCommentOnAMixedSelectionCommentsItAll() throws Exception {
        Document document = new Document("// note\nforce A\n");
        BulwarkEditing.toggleComment(document, 0, 1);
        assertEquals("//// note\n//force A\n", document.get());
    }
}
