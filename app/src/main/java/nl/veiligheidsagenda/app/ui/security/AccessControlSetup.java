package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.InvalidInputException;
import nl.veiligheidsagenda.app.logging.Log;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Access control for every view, denied by default: Vaadin's {@link NavigationAccessControl} with the
 * {@link AnnotatedViewAccessChecker} runs before every navigation. A view (and its layout) needs
 * {@code @AnonymousAllowed} (only the login view), {@code @PermitAll} (every signed-in person) or
 * {@code @RolesAllowed("ADMIN")}; a view without one is refused to everybody. Anonymous visitors go to
 * {@link LoginView}; signed-in people without the right role see {@link AccessDeniedView} (403). Someone whose
 * password must be changed is sent to {@link AccountView} first. Also: Dutch system messages (an expired session
 * goes to the login page with a message) and an error handler that shows a Dutch message, never a stack trace.
 */
public final class AccessControlSetup {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Log LOG = Log.of(AccessControlSetup.class);

    private AccessControlSetup() {
    }

    public static NavigationAccessControl accessControl() {
        NavigationAccessControl control = new NavigationAccessControl(List.of(new AnnotatedViewAccessChecker()),
                new DefaultAccessCheckDecisionResolver());
        control.setLoginView(LoginView.class);
        return control;
    }

    public static void install(ServiceInitEvent event, AuditLog audit) {
        VaadinService service = event.getSource();
        NavigationAccessControl control = accessControl();
        service.addUIInitListener(uiEvent -> {
            uiEvent.getUI().addBeforeEnterListener(control);
            uiEvent.getUI().addBeforeEnterListener(AccessControlSetup::passwordChangeFirst);
        });
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("Sessie verlopen");
        messages.setSessionExpiredMessage("Uw sessie is verlopen. Meld u opnieuw aan.");
        messages.setSessionExpiredURL("login?fout=verlopen");
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setInternalErrorCaption("Er ging iets mis");
        messages.setInternalErrorMessage("Er ging iets mis op de server. Vernieuw de pagina; blijft het gebeuren,"
                + " meld het dan bij een beheerder.");
        messages.setCookiesDisabledCaption("Cookies uitgeschakeld");
        messages.setCookiesDisabledMessage("Deze applicatie heeft cookies nodig. Zet cookies aan en vernieuw de"
                + " pagina.");
        service.setSystemMessagesProvider(info -> messages);
        service.addSessionInitListener(sessionEvent -> sessionEvent.getSession()
                .setErrorHandler(error -> handleError(error, audit)));
    }

    private static void passwordChangeFirst(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == AccountView.class || target == LoginView.class) {
            return;
        }
        CurrentUser.person().filter(person -> person.mustChangePassword())
                .ifPresent(person -> event.forwardTo(AccountView.class));
    }

    /** Uncaught errors in event handlers: logged with their cause, a Dutch message for the user. */
    static void handleError(ErrorEvent event, AuditLog audit) {
        Throwable error = event.getThrowable();
        while (error.getCause() != null && !(error instanceof AccessDeniedException)
                && !(error instanceof InvalidInputException)) {
            error = error.getCause();
        }
        String message;
        if (error instanceof AccessDeniedException) {
            LOG.warn("Refused for {}: {}", CurrentUser.person().map(p -> p.username()).orElse("anonymous"),
                    error.getMessage());
            message = "U heeft geen rechten voor deze actie.";
        } else if (error instanceof InvalidInputException) {
            LOG.info("Refused input: {}", error.getMessage());
            message = error.getMessage();
        } else {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            String reference = HexFormat.of().formatHex(bytes);
            String actor = CurrentUser.person().map(p -> p.username()).orElse(AuditLog.ANONYMOUS);
            LOG.error("Unexpected error in the user interface for {}, reference {}", actor, reference,
                    event.getThrowable());
            audit.record(actor, "ui.error", "ui", Outcome.FAILURE, "interne fout, referentie " + reference + ": "
                    + event.getThrowable().getClass().getName());
            message = "Er ging iets mis. Probeer het opnieuw; blijft het gebeuren, meld dan referentie " + reference
                    + " bij een beheerder.";
        }
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
