package org.c2desk.ticket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.c2desk.platform.ValidationException;

/**
 * Checks an attachment by its bytes, not by its name or the type its sender declared: Apache Tika's magic-byte
 * detection (tika-core only, no parsers) tells what the file is. Refused, with the reason:
 * <ul>
 * <li>a program or a script, whatever its name ({@link #EXECUTABLE}): a Windows .exe, a Linux or macOS binary, a
 * Java class, a shell script...;
 * <li>a file whose name promises a type its bytes are not ({@link #EXPECTED}): an .exe renamed .pdf, an HTML page
 * renamed .png. Names this table does not know are judged by the first rule alone.
 * </ul>
 * The portal, the console and {@code /api/v1} all store attachments through {@link TicketAttachments#store}, which calls
 * this, so the three refuse the same files.
 */
public final class AttachmentContentCheck {

    /** Enough for every magic pattern Tika knows (its detector reads at most a few KB). */
    private static final int SNIFF_BYTES = 64 * 1024;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** Types no attachment may be, with their specialisations. */
    static final List<MediaType> EXECUTABLE = List.of(
            MediaType.parse("application/x-msdownload"), // Windows PE (.exe, .dll)
            MediaType.parse("application/x-dosexec"),
            MediaType.parse("application/x-executable"), // ELF
            MediaType.parse("application/x-sharedlib"),
            MediaType.parse("application/x-elf"),
            MediaType.parse("application/x-mach-o"),
            MediaType.parse("application/x-mach-o-executable"),
            MediaType.parse("application/java-vm"), // .class
            MediaType.parse("application/x-sh"),
            MediaType.parse("application/x-bat"),
            MediaType.parse("application/x-msi"),
            MediaType.parse("text/x-python"),
            MediaType.parse("text/x-perl"));

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.parse("application/x-tika-msoffice");
    private static final MediaType TEXT = MediaType.TEXT_PLAIN;

    /**
     * What the bytes of a file with this extension may be: the type itself or one of its specialisations (Tika's
     * registry knows that, say, an .xlsx is a kind of zip, and a CSV a kind of text).
     */
    static final Map<String, Set<MediaType>> EXPECTED = Map.ofEntries(
            Map.entry("pdf", Set.of(MediaType.application("pdf"))),
            Map.entry("png", Set.of(MediaType.image("png"))),
            Map.entry("jpg", Set.of(MediaType.image("jpeg"))),
            Map.entry("jpeg", Set.of(MediaType.image("jpeg"))),
            Map.entry("gif", Set.of(MediaType.image("gif"))),
            Map.entry("webp", Set.of(MediaType.image("webp"))),
            Map.entry("bmp", Set.of(MediaType.image("bmp"), MediaType.image("x-ms-bmp"))),
            // Office Open XML and OpenDocument files are zips; magic bytes alone tell no more without the parsers.
            Map.entry("docx", Set.of(ZIP)),
            Map.entry("xlsx", Set.of(ZIP)),
            Map.entry("pptx", Set.of(ZIP)),
            Map.entry("odt", Set.of(ZIP)),
            Map.entry("ods", Set.of(ZIP)),
            Map.entry("odp", Set.of(ZIP)),
            Map.entry("zip", Set.of(ZIP)),
            // Office 97-2003 files are OLE2 containers.
            Map.entry("doc", Set.of(OLE2)),
            Map.entry("xls", Set.of(OLE2)),
            Map.entry("ppt", Set.of(OLE2)),
            Map.entry("rtf", Set.of(MediaType.application("rtf"))),
            Map.entry("txt", Set.of(TEXT)),
            Map.entry("csv", Set.of(TEXT)),
            Map.entry("log", Set.of(TEXT)));

    private AttachmentContentCheck() {}

    /** What the bytes are, by their magic alone (the name is not looked at); octet-stream when nothing matches. */
    public static MediaType detect(byte[] content) {
        int length = Math.min(content.length, SNIFF_BYTES);
        try (ByteArrayInputStream in = new ByteArrayInputStream(content, 0, length)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the bytes are in memory
        }
    }

    /**
     * Refuses a file whose bytes are a program or a script, or are not what its name's extension says.
     *
     * @throws ValidationException on field {@code file}, key {@code attachment.executable} or
     *         {@code attachment.mismatch}, with the file's name and its extension as arguments
     */
    public static void check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return; // the size rules speak for empty files
        }
        String name = fileName == null ? "" : fileName.strip();
        MediaType detected = detect(content);
        if (EXECUTABLE.stream().anyMatch(type -> is(detected, type))) {
            throw new ValidationException(
                    "file",
                    "attachment.executable",
                    "file: '" + name + "' is a program (" + detected + "), which cannot be attached",
                    name);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Set<MediaType> expected = EXPECTED.get(extension);
        if (expected != null && expected.stream().noneMatch(type -> is(detected, type))) {
            throw new ValidationException(
                    "file",
                    "attachment.mismatch",
                    "file: the content of '" + name + "' is not a ." + extension + " file (its bytes say " + detected
                            + ")",
                    name,
                    extension);
        }
    }

    private static boolean is(MediaType detected, MediaType type) {
        return detected.equals(type) || REGISTRY.isSpecializationOf(detected, type);
    }
}
