package io.bulwark.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Partitions a .bulwark document into code, comments and strings (registered as the document setup of the
 * content type), so highlighting of a multi-line comment stays right while it is edited.
 */
public class BulwarkPartitions implements IDocumentSetupParticipant {

    /** The partitioning of .bulwark documents (file buffers refuse setup participants that replace the default one). */
    public static final String PARTITIONING = "io.bulwark.ui.partitioning";
    public static final String COMMENT = "__bulwark_comment";
    public static final String STRING = "__bulwark_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    @Override
    public void setup(IDocument document) {
        if (!(document instanceof IDocumentExtension3 extension) || extension.getDocumentPartitioner(PARTITIONING) != null) {
            return;
        }
        IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
        extension.setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }

    private static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        scanner.setPredicateRules(new IPredicateRule[] {
                new EndOfLineRule("//", comment),
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                new SingleLineRule("\"", "\"", string, '\\', true),
        });
        return scanner;
    }
}
