package org.c2desk.web.portal;

import org.primefaces.model.file.UploadedFile;

/** A file a client sent with a portal form, read once from PrimeFaces' upload (null when none was chosen). */
@SuppressWarnings("ArrayRecordComponent") // handed once to the service; never compared nor kept
record Upload(String name, String contentType, byte[] content) {

    static Upload of(UploadedFile file) {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            return null;
        }
        // Browsers may send a whole path (old Edge, IE): keep the last part.
        String name = file.getFileName().replaceAll("^.*[\\\\/]", "");
        return new Upload(name, file.getContentType(), file.getContent());
    }

    /** A human size in the reader's language: 512 B, 12 KB, 3.4 MB (512 o, 12 Ko, 3,4 Mo). */
    static String size(long bytes, java.util.Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        if (bytes < 1024) {
            return bytes + (french ? " o" : " B");
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + (french ? " Ko" : " KB");
        }
        return String.format(locale, "%.1f", bytes / (1024.0 * 1024.0)) + (french ? " Mo" : " MB");
    }
}
