package org.c2desk.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of {@link ClientEnterprise}: the client and the enterprise. */
@Embeddable
public class ClientEnterpriseId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    protected ClientEnterpriseId() {
        // for JPA
    }

    public ClientEnterpriseId(UUID clientId, UUID enterpriseId) {
        this.clientId = Objects.requireNonNull(clientId);
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientEnterpriseId other
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(enterpriseId, other.enterpriseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, enterpriseId);
    }

    @Override
    public String toString() {
        return clientId + "/" + enterpriseId;
    }
}
