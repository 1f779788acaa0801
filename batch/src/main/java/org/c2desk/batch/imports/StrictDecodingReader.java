package org.c2desk.batch.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.c2desk.imports.ImportFileException;

/**
 * Decodes a file strictly (a byte that is not valid in the encoding is an error, never a replacement character),
 * drops a leading byte-order mark, and names the line of the first bad byte: every character decoded before it is
 * handed out first, then the read that reaches it throws an {@link ImportFileException} with that line.
 */
public final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean flushed;
    private boolean start = true;
    private CoderResult error;
    /** Line breaks (LF, or a CR not followed by LF) handed out so far. */
    private long lineBreaks;

    private boolean lastWasCr;

    public StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (error != null) {
                throw badByte();
            }
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        if (start) {
            start = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining()) {
                    return read(buffer, offset, length);
                }
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!lastWasCr) {
                    lineBreaks++;
                }
                lastWasCr = false;
            } else if (c == '\r') {
                lineBreaks++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
        }
        return count;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && error == null && !flushed) {
                if (!bytes.hasRemaining() && !endOfInput) {
                    bytes.clear();
                    int n = in.read(bytes.array(), 0, bytes.capacity());
                    if (n < 0) {
                        endOfInput = true;
                        bytes.limit(0);
                    } else {
                        bytes.limit(n);
                    }
                } else if (bytes.hasRemaining() && !endOfInput) {
                    // keep an incomplete sequence at the end of the buffer and append to it
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    error = result;
                } else if (endOfInput && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow() && chars.position() > 0) {
                    break;
                }
            }
        } finally {
            chars.flip();
        }
    }

    private ImportFileException badByte() {
        long line = lineBreaks + 1;
        String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.displayName();
        String advice = charset.equals(StandardCharsets.UTF_8)
                ? " Save the file as \"CSV UTF-8\" in Excel, or import it as Windows-1252 if that is what it is."
                : "";
        return new ImportFileException(
                line,
                "The file is not valid " + encoding + ": line " + line + " holds a byte that is not " + encoding + " ("
                        + byteHint() + ")." + advice);
    }

    private String byteHint() {
        int position = bytes.position();
        return position < bytes.limit() ? String.format("0x%02X", bytes.get(position) & 0xff) : "?";
    }

    /** Line breaks handed out so far: the line being read is this plus one. */
    public long lineBreaks() {
        return lineBreaks;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
