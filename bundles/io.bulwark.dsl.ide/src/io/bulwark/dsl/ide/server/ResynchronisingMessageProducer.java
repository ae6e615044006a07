package io.bulwark.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;

/**
 * Reads the client's frames ({@code Content-Length: n}, optional other headers, a blank line, n bytes of JSON) and,
 * unlike LSP4J's StreamMessageProducer, finds its way back after a broken one: bytes that are not a frame are skipped
 * up to the next {@code Content-Length:} header line, wherever it starts; a frame whose body runs into such a header
 * (its Content-Length was too large) ends there; a body that is not JSON-RPC is reported and skipped. A header line
 * cannot occur inside a valid JSON body (a raw line break is not allowed in JSON strings), so valid frames are read as
 * sent. Content-Length is bounded: a larger frame is skipped without being held in memory.
 */
public class ResynchronisingMessageProducer implements MessageProducer, Closeable {

    /** Headers of one frame at most (LSP sends one or two short lines). */
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final InputStream input;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private final long maxContentLength;
    private final Consumer<String> problems;

    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final HeaderDetector detector = new HeaderDetector();
    private volatile boolean keepRunning;

    /**
     * @param issueHandler answers requests that are not valid JSON-RPC (the remote endpoint)
     * @param maxContentLength the largest body read; larger ones are skipped
     * @param problems receives one line per broken or skipped frame
     */
    public ResynchronisingMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
            long maxContentLength, Consumer<String> problems) {
        this.input = input;
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
        this.maxContentLength = maxContentLength;
        this.problems = problems;
    }

    @Override
    public void listen(MessageConsumer callback) {
        keepRunning = true;
        try {
            long length = -1;
            while (keepRunning) {
                if (length < 0) {
                    length = nextHeader();
                    if (length == END) {
                        return;
                    }
                }
                length = restOfHeaders(length);
                if (length == END) {
                    return;
                }
                if (length == BROKEN) {
                    problems.accept("skipped a frame whose headers do not end in a blank line");
                    length = -1;
                    continue;
                }
                long declared = length;
                byte[] body = declared <= maxContentLength ? new byte[(int) declared] : null;
                length = body(declared, body);
                if (length == END) {
                    return;
                }
                if (length >= 0) {
                    problems.accept("skipped a frame shorter than its Content-Length of " + declared + " bytes: the next frame starts inside it");
                } else if (body == null) {
                    problems.accept("skipped a frame of " + declared + " bytes, more than the " + maxContentLength + " the server reads");
                } else {
                    dispatch(body, callback);
                }
            }
        } catch (IOException e) {
            // the client is gone: nothing more to read
        } finally {
            keepRunning = false;
        }
    }

    @Override
    public void close() {
        keepRunning = false;
    }

    private static final long END = -2;
    private static final long BROKEN = -3;

    /** Skips to the end of the next {@code Content-Length:} line; its value, or {@link #END}. */
    private long nextHeader() throws IOException {
        long read = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                if (read > 0) {
                    problems.accept("skipped " + read + " bytes at the end of the input that are not a frame");
                }
                return END;
            }
            read++;
            long header = detector.feed(b);
            if (header >= 0) {
                long skipped = read - detector.lineLength;
                if (skipped > 0) {
                    problems.accept("skipped " + skipped + " bytes that are not a frame, up to the next Content-Length header");
                }
                return header;
            }
        }
    }

    /** Reads the other headers up to the blank line; a later Content-Length line replaces the first. */
    private long restOfHeaders(long length) throws IOException {
        int line = 0;
        for (int total = 0; total < MAX_HEADER_BYTES; total++) {
            int b = read();
            if (b < 0) {
                return END;
            }
            long header = detector.feed(b);
            if (header >= 0) {
                length = header;
                line = 0;
            } else if (b == '\n') {
                if (line == 0) {
                    return length;
                }
                line = 0;
            } else if (b != '\r') {
                line++;
            }
        }
        return BROKEN;
    }

    /**
     * Reads a body of {@code length} bytes into {@code body} (or discards them when it is null); -1 when all were read,
     * the value of a header line that started inside them, or {@link #END}.
     */
    private long body(long length, byte[] body) throws IOException {
        for (long i = 0; i < length; i++) {
            int b = read();
            if (b < 0) {
                return END;
            }
            if (body != null) {
                body[(int) i] = (byte) b;
            }
            long header = detector.feed(b);
            if (header >= 0) {
                return header;
            }
        }
        return -1;
    }

    private void dispatch(byte[] body, MessageConsumer callback) {
        try {
            Message message = jsonHandler.parseMessage(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
            callback.consume(message);
        } catch (MessageIssueException e) {
            // answered (a request) or logged by the endpoint; the causes stay in the server: no stack trace to the client
            List<MessageIssue> issues = e.getIssues().stream().map(issue -> new MessageIssue(issue.getText(), issue.getIssueCode())).toList();
            try {
                issueHandler.handle(e.getRpcMessage(), issues);
            } catch (RuntimeException unanswerable) {
                problems.accept("skipped a message that is not valid JSON-RPC" + reason(e));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // not JSON, not JSON-RPC, or a message the endpoint could not take (LSP4J's reader goes on after these too)
            problems.accept("skipped a message that is not valid JSON-RPC" + reason(e));
        }
    }

    /** The parser's reason without the names of its exception classes. */
    private static String reason(Throwable e) {
        return e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").replaceAll("[\\w.$]+(Exception|Error): ", "");
    }

    private int read() throws IOException {
        if (position == limit) {
            int n;
            do {
                n = input.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++] & 0xff;
    }

    /**
     * Recognises a header line {@code Content-Length: <digits>} followed by a line break anywhere in the byte stream
     * (the name in any case, as in HTTP); values beyond any real frame are capped at {@link Long#MAX_VALUE}.
     */
    private static final class HeaderDetector {
        private static final byte[] NAME = "content-length:".getBytes(StandardCharsets.US_ASCII);

        private int matched;
        private int digits;
        private boolean afterDigits;
        private boolean carriageReturn;
        private long value;
        /** Bytes of the header line that the last complete match took. */
        int lineLength;
        private int length;

        /** The header's value when {@code b} ends a header line, else -1. */
        long feed(int b) {
            length++;
            if (matched < NAME.length) {
                int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
                if (lower == NAME[matched]) {
                    matched++;
                } else {
                    matched = lower == NAME[0] ? 1 : 0;
                }
                if (matched <= 1) {
                    length = matched;
                }
                return -1;
            }
            if (b == '\n' && digits > 0) {
                long header = value;
                lineLength = length;
                reset(-1);
                return header;
            }
            if (carriageReturn) {
                reset(b);
            } else if (b == '\r' && digits > 0) {
                carriageReturn = true;
            } else if (b == ' ' || b == '\t') {
                afterDigits = digits > 0;
            } else if (b >= '0' && b <= '9' && !afterDigits) {
                digits++;
                value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (b - '0');
            } else {
                reset(b);
            }
            return -1;
        }

        private void reset(int b) {
            matched = 0;
            digits = 0;
            afterDigits = false;
            carriageReturn = false;
            value = 0;
            length = 0;
            if (b >= 0) {
                feed(b);
            }
        }
    }
}
