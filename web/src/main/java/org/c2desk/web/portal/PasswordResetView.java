package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.PasswordResets;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;

/**
 * {@code portal/forgot.xhtml} (ask for a link) and {@code portal/reset.xhtml?token=...} (set a new password with it).
 * Asking always gives the same answer, whether or not the account exists.
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordResets resets;

    @Inject
    LocaleSelector localeSelector;

    private String userNameOrEmail;
    private boolean requested;
    private String token;
    private boolean usable;
    private boolean done;
    private String password;
    private String confirmation;

    public void request() {
        resets.request(userNameOrEmail);
        requested = true;
    }

    /** f:viewAction of the reset page: is the link still good? */
    public void check() {
        if (!done) {
            usable = resets.isUsable(token);
        }
    }

    public void reset() {
        if (password == null || !password.equals(confirmation)) {
            Messages.error("reset:confirmation", "portal.reset.mismatch");
            return;
        }
        try {
            resets.reset(token, password);
            done = true;
            usable = false;
        } catch (NotFoundException e) {
            usable = false;
        } catch (ValidationException e) {
            Messages.error("reset:password", "portal.problem", Messages.refusal(localeSelector.getLocale(), e));
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getUserNameOrEmail() {
        return userNameOrEmail;
    }

    public void setUserNameOrEmail(String userNameOrEmail) {
        this.userNameOrEmail = userNameOrEmail;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public int getMinutes() {
        return (int) PasswordResets.VALIDITY.toMinutes();
    }

    public int getMinLength() {
        return org.c2desk.security.PasswordPolicy.MIN_LENGTH;
    }
}
