package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.cdi.CdiVaadinServletService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.RequestGuard;
import nl.veiligheidsagenda.app.security.Security;

import java.util.List;

/**
 * Vaadin's CDI servlet with one addition: a request whose CSRF token (Vaadin's per-UI security key) does not match
 * is audited. Vaadin refuses such a request itself (its {@link ServerRpcHandler} throws, the client is told to
 * reload) and only logs it; here the refusal also reaches the audit log, through a {@link UidlRequestHandler}
 * whose RPC handler reports it.
 */
public class AuditedVaadinServlet extends CdiVaadinServlet {

    @Inject
    private transient BeanManager beanManager;
    @Inject
    private transient Security security;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        AuditLog audit = security.audit();
        CdiVaadinServletService service = new CdiVaadinServletService(this, configuration, beanManager) {
            @Override
            protected List<RequestHandler> createRequestHandlers() throws ServiceException {
                List<RequestHandler> handlers = super.createRequestHandlers();
                handlers.replaceAll(handler -> handler.getClass() == UidlRequestHandler.class
                        ? new AuditedUidlRequestHandler(audit) : handler);
                return handlers;
            }
        };
        service.init();
        return service;
    }

    private static final class AuditedUidlRequestHandler extends UidlRequestHandler {

        private final transient AuditLog audit;

        AuditedUidlRequestHandler(AuditLog audit) {
            this.audit = audit;
        }

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new ServerRpcHandler() {
                @Override
                public void handleRpc(UI ui, String message, VaadinRequest request)
                        throws InvalidUIDLSecurityKeyException, MessageIdSyncException {
                    try {
                        super.handleRpc(ui, message, request);
                    } catch (InvalidUIDLSecurityKeyException e) {
                        Object actor = request.getAttribute(RequestGuard.ACTOR_NAME);
                        audit.record(actor instanceof String name ? name : AuditLog.ANONYMOUS, "csrf",
                                "ui:" + ui.getUIId(), Outcome.DENIED,
                                "verzoek zonder geldig CSRF-token (beveiligingssleutel) geweigerd");
                        throw e;
                    }
                }
            };
        }
    }
}
