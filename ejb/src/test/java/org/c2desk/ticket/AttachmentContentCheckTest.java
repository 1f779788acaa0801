package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

class AttachmentContentCheckTest {

    /** The first bytes of a Windows program: "MZ", then the PE header that Tika's magic looks for. */
    static byte[] windowsProgram() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80; // e_lfanew: the PE header at 0x80
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0
        };
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void filesWhoseBytesMatchTheirNamePass() throws IOException {
        assertDoesNotThrow(() -> AttachmentContentCheck.check("scan.pdf", pdf()));
        assertDoesNotThrow(() -> AttachmentContentCheck.check("Photo.PNG", png()));
        assertDoesNotThrow(() ->
                AttachmentContentCheck.check("notes.txt", "0x0000007E at boot\n".getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(
                () -> AttachmentContentCheck.check("rapport été.csv", "a;b\nété;1\n".getBytes(StandardCharsets.UTF_8)));
        byte[] docx = zip("[Content_Types].xml");
        assertDoesNotThrow(() -> AttachmentContentCheck.check("budget.docx", docx));
        assertDoesNotThrow(() -> AttachmentContentCheck.check("logs.zip", zip("a.log")));
        // A name the table does not know is judged by the program rule alone.
        assertDoesNotThrow(() -> AttachmentContentCheck.check("data.bin", new byte[] {1, 2, 3, 4}));
    }

    @Test
    void aProgramRenamedPdfIsRefusedAsAProgram() {
        ValidationException refused = assertThrows(
                ValidationException.class, () -> AttachmentContentCheck.check("invoice.pdf", windowsProgram()));
        assertEquals("file", refused.field());
        assertEquals("attachment.executable", refused.messageKey());
        assertEquals("invoice.pdf", refused.arguments()[0]);
    }

    @Test
    void programsAndScriptsAreRefusedWhateverTheirName() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : new String[] {"tool", "tool.dat", "notes.txt"}) {
            assertEquals(
                    "attachment.executable",
                    assertThrows(ValidationException.class, () -> AttachmentContentCheck.check(name, elf), name)
                            .messageKey());
        }
        assertEquals(
                "attachment.executable",
                assertThrows(ValidationException.class, () -> AttachmentContentCheck.check("notes.txt", script))
                        .messageKey());
        assertEquals(
                "attachment.executable",
                assertThrows(
                                ValidationException.class,
                                () -> AttachmentContentCheck.check("setup.exe", windowsProgram()))
                        .messageKey());
    }

    @Test
    void bytesThatAreNotWhatTheNameSaysAreRefusedWithTheExtension() {
        ValidationException refused =
                assertThrows(ValidationException.class, () -> AttachmentContentCheck.check("photo.png", pdf()));
        assertEquals("attachment.mismatch", refused.messageKey());
        assertEquals("png", refused.arguments()[1]);
        assertThrows(ValidationException.class, () -> AttachmentContentCheck.check("scan.pdf", png()));
        assertThrows(
                ValidationException.class, () -> AttachmentContentCheck.check("scan.pdf", new byte[] {0, 1, 2, 3}));
        assertThrows(ValidationException.class, () -> AttachmentContentCheck.check("letter.docx", pdf()));
    }

    @Test
    void thePortalChecksTheBytesAfterTheNameAndTheSize() {
        assertEquals(
                "attachment.executable",
                assertThrows(
                                ValidationException.class,
                                () -> PortalRequests.checkAttachment("invoice.pdf", windowsProgram()))
                        .messageKey());
        assertEquals(
                "portal.attachment.type",
                assertThrows(
                                ValidationException.class,
                                () -> PortalRequests.checkAttachment("setup.exe", windowsProgram()))
                        .messageKey());
    }
}
