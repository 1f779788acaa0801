package org.c2desk.web.portal;

import org.primefaces.model.file.UploadedFile;

/** A file a client sent with a portal form, read once from PrimeFaces' upload (null when none was chosen). */
record Upload(String name, String contentType, byte[] content) {

    static Upload of(UploadedFile file) {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            return null;
        }
        // Browsers may send a whole path (old Edge, IE): keep the last part.
        String name = file.getFileName().replaceAll("^.*[\\\\/]", "");
        return new Upload(name, file.getContentType(), file.getContent());
    }

    /** A human size: 512 B, 12 KB, 3.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
