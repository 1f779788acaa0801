package org.c2desk.web.api.v1;

import java.util.List;
import java.util.function.Supplier;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.ValidationException;

/**
 * The PATCH of one kind of object, the same for every resource: If-Match gives the version the caller read (none:
 * 428; another: the service's 412), the body is a JSON merge patch bound to the resource's patch record (members and
 * types from the record, see {@link BodyBinder}), the resource turns it into its service's change command and writes
 * it with the custom fields, and a refusal names the field as the caller sent it.
 *
 * @param <P> the patch record the OpenAPI document shows
 */
final class PatchFlow<P extends Record> {

    /** The resource's write: its service's update with the version read, the command and the custom fields. */
    @FunctionalInterface
    interface Write<P, T> {
        T write(long expectedVersion, BodyBinder.Bound<P> patch);
    }

    private final Class<P> patchType;
    private final RefusalNames names;

    PatchFlow(Class<P> patchType, RefusalNames names) {
        this.patchType = patchType;
        this.names = names;
    }

    /**
     * Checks If-Match, binds {@code body} and writes it; {@code form} gives the object's custom fields (read only to
     * name a refused one). Returns what {@code write} returns.
     */
    <T> T apply(String ifMatch, String body, Write<P, T> write, Supplier<List<FieldView>> form) {
        long expected = ETags.expectedVersion(ifMatch);
        BodyBinder.Bound<P> patch = BodyBinder.bindPatch(body, patchType);
        try {
            return write.write(expected, patch);
        } catch (ValidationException e) {
            throw names.renamed(e, form, patch.customFields());
        }
    }
}
