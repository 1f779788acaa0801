package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

class PortalAttachmentRulesTest {

    @Test
    void acceptedTypesAreImagesPdfOfficeTextAndZipWhateverTheCase() {
        for (String name : new String[] {"photo.JPG", "scan.pdf", "budget.xlsx", "notes.txt", "logs.zip", "plan.odt"}) {
            assertDoesNotThrow(() -> PortalRequests.checkAttachment(name, 1), name);
        }
    }

    @Test
    void aForbiddenTypeIsRefusedWithItsName() {
        ValidationException refused =
                assertThrows(ValidationException.class, () -> PortalRequests.checkAttachment("setup.exe", 10));
        assertEquals("portal.attachment.type", refused.messageKey());
        assertEquals("setup.exe", refused.arguments()[0]);
        assertThrows(ValidationException.class, () -> PortalRequests.checkAttachment("no-extension", 10));
        assertThrows(ValidationException.class, () -> PortalRequests.checkAttachment("report.pdf.html", 10));
    }

    @Test
    void sizeIsCheckedAgainstTenMegabytes() {
        assertDoesNotThrow(() -> PortalRequests.checkAttachment("a.pdf", PortalRequests.MAX_ATTACHMENT_BYTES));
        ValidationException tooLarge = assertThrows(
                ValidationException.class,
                () -> PortalRequests.checkAttachment("a.pdf", PortalRequests.MAX_ATTACHMENT_BYTES + 1));
        assertEquals("portal.attachment.size", tooLarge.messageKey());
        assertEquals(10L, tooLarge.arguments()[1]);
        assertEquals(
                "portal.attachment.empty",
                assertThrows(ValidationException.class, () -> PortalRequests.checkAttachment("a.pdf", 0))
                        .messageKey());
    }
}
