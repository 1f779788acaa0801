package org.c2desk.client;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.util.Objects;
import org.c2desk.enterprise.Enterprise;

/** A client's membership of an enterprise; exactly one should be the primary one. */
@Entity
@Table(name = "client_enterprise")
public class ClientEnterprise {

    @EmbeddedId
    private ClientEnterpriseId id;

    @MapsId("clientId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @MapsId("enterpriseId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected ClientEnterprise() {
        // for JPA
    }

    /** Use {@link Client#addEnterprise(Enterprise, boolean)}, which keeps the client's list in step. */
    ClientEnterprise(Client client, Enterprise enterprise, boolean primary) {
        this.client = Objects.requireNonNull(client);
        this.enterprise = Objects.requireNonNull(enterprise);
        this.id = new ClientEnterpriseId(client.getId(), enterprise.getId());
        this.primary = primary;
    }

    public ClientEnterpriseId getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public boolean isPrimary() {
        return primary;
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
