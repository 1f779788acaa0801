package org.c2desk.ear.support;

import java.nio.charset.StandardCharsets;

/** A client import file in the template's format, for the tests that upload one. */
public final class ClientCsv {

    private ClientCsv() {}

    public static final String HEADER = "FirstName,LastName,EmailAddress,UserName,HasPortalAccess,PreferedCulture,"
            + "OfficePhone,MobilePhone,StreetName,City,PostalCode,CountryCode,Gender,Enterprise,ExternalId,IsActive";

    /** {@code rows} clients; the records listed in {@code bad} have an e-mail address that is not one. */
    public static byte[] file(String tag, int rows, int... bad) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            final int record = i;
            boolean wrong = java.util.Arrays.stream(bad).anyMatch(b -> b == record);
            csv.append("Hélène,Côté ")
                    .append(i)
                    .append(',')
                    .append(wrong ? "not-an-address" : tag + "-" + i + "@example.org")
                    .append(",,false,fr-CA,819-555-0100,,\"12, rue de l'Église\",Trois-Rivières,G9A 1A1,CA,F,")
                    .append("Northwind Health,")
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append(",true\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
