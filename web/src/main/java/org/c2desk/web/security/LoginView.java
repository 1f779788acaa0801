package org.c2desk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.LoginLockout;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;

/** The sign-in form of both areas ({@code console/login.xhtml}, {@code portal/login.xhtml}). */
@Named
@RequestScoped
public class LoginView {

    @NotBlank @Size(max = 200) private String userName;

    @NotBlank @Size(max = 200) private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    LocaleSelector localeSelector;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(userName, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            SignedInUser user = AreaAuthenticationMechanism.current(request);
            localeSelector.use(
                    user.area() == Area.CONSOLE
                            ? user.caller().culture()
                            : user.client().culture());
            String home = user.area() == Area.CONSOLE ? "/console/index.xhtml" : "/portal/index.xhtml";
            external.redirect(external.getRequestContextPath() + home);
            faces.responseComplete();
            return;
        }
        // Whatever the mechanism set on the response, the page is shown again with the reason.
        ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
        Object failure = request.getAttribute(AuthenticationFailedException.class.getName());
        boolean locked = failure instanceof AuthenticationFailedException e
                && e.reason() == AuthenticationFailedException.Reason.LOCKED;
        Messages.error(null, locked ? "login.locked" : "login.failed", LoginLockout.LOCK_MINUTES);
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignedInUser user = AreaAuthenticationMechanism.current(request);
        String loginPage = user == null ? Area.CONSOLE.loginPage() : user.area().loginPage();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // Nothing to undo: the session is invalidated below either way.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + loginPage);
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
