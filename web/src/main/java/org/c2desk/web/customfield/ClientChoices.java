package org.c2desk.web.customfield;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.c2desk.client.ClientSearch;
import org.c2desk.customfield.Choice;
import org.c2desk.platform.LocalizedText;
import org.c2desk.security.Caller;

/**
 * The clients a client-reference custom field offers: the active clients the caller may see, of one enterprise or
 * all, as a bounded list (an autocomplete would scale further).
 */
@ApplicationScoped
public class ClientChoices {

    @EJB
    ClientSearch clientSearch;

    public List<Choice> of(Caller caller, UUID enterpriseId) {
        return clientSearch
                .find(
                        caller,
                        new ClientSearch.Filter(enterpriseId, null, null, Boolean.TRUE),
                        null,
                        ClientSearch.MAX_LIMIT)
                .stream()
                .map(c -> new Choice(c.id().toString(), LocalizedText.same(c.firstName() + " " + c.lastName())))
                .toList();
    }
}
