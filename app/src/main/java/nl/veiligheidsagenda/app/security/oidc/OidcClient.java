package nl.veiligheidsagenda.app.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import nl.veiligheidsagenda.app.config.OidcSettings;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relying-party side of OpenID Connect's authorization code flow, with the Nimbus OAuth 2.0 / OpenID Connect
 * SDK: provider discovery, a request with {@code state}, {@code nonce} and PKCE (S256), the code exchange with the
 * client secret (HTTP Basic), and the ID token's validation (signature against the provider's JWKS, issuer,
 * audience, expiry, nonce). Only the validated ID token's claims are used.
 */
public final class OidcClient {

    /** What the browser's session keeps between the redirect to the provider and the callback. */
    public record Pending(String state, String nonce, String codeVerifier, URI redirectUri, String returnTo)
            implements Serializable {
    }

    /** The signed-in identity as the validated ID token tells it. */
    public record Identity(String subject, String username, String displayName, Set<String> roleValues) {
    }

    /** The flow failed; the message is for the log, never shown to the user. */
    public static final class OidcException extends Exception {
        public OidcException(String message) {
            super(message);
        }

        public OidcException(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    private final OidcSettings settings;
    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** Where to send the browser, and what to remember for the callback. */
    public AuthenticationStart start(URI redirectUri, String returnTo) throws OidcException {
        OIDCProviderMetadata provider = metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI uri = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new AuthenticationStart(uri, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(),
                redirectUri, returnTo));
    }

    public record AuthenticationStart(URI authorizationUri, Pending pending) {
    }

    /**
     * Completes the flow from the callback's parameters.
     *
     * @param error the provider's {@code error} parameter, if any
     */
    public Identity finish(Pending pending, String state, String code, String error) throws OidcException {
        if (error != null) {
            throw new OidcException("the provider answered with error '" + error + "'");
        }
        if (state == null || !state.equals(pending.state())) {
            throw new OidcException("the state parameter does not match this session's sign-in");
        }
        if (code == null || code.isBlank()) {
            throw new OidcException("the callback carries no authorization code");
        }
        OIDCProviderMetadata provider = metadata();
        try {
            TokenRequest request = new TokenRequest.Builder(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), pending.redirectUri(),
                            new CodeVerifier(pending.codeVerifier()))).build();
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new OidcException("the token endpoint refused the code: "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            validator().validate(idToken, new Nonce(pending.nonce()));
            return identity(idToken.getJWTClaimsSet());
        } catch (OidcException e) {
            throw e;
        } catch (Exception e) {
            throw new OidcException("the ID token could not be obtained or validated", e);
        }
    }

    private Identity identity(JWTClaimsSet claims) throws java.text.ParseException, OidcException {
        String username = Optional.ofNullable(claims.getStringClaim(settings.usernameClaim()))
                .or(() -> Optional.ofNullable(stringClaim(claims, "email")))
                .orElseThrow(() -> new OidcException("the ID token has no '" + settings.usernameClaim() + "' claim"));
        String name = Optional.ofNullable(stringClaim(claims, "name")).orElse("");
        Set<String> values = new LinkedHashSet<>();
        Object claim = claims.getClaim(settings.roleClaim());
        if (claim instanceof String single) {
            values.add(single);
        } else if (claim instanceof List<?> list) {
            list.forEach(item -> values.add(String.valueOf(item)));
        }
        return new Identity(claims.getSubject(), username, name, values);
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private OIDCProviderMetadata metadata() throws OidcException {
        OIDCProviderMetadata known = metadata;
        if (known != null) {
            return known;
        }
        try {
            known = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), 5_000, 5_000);
            validator = new IDTokenValidator(known.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                    known.getJWKSetURI().toURL());
            metadata = known;
            return known;
        } catch (Exception e) {
            throw new OidcException("the provider's configuration at " + settings.issuer() + " cannot be read", e);
        }
    }

    private IDTokenValidator validator() throws OidcException {
        metadata();
        return validator;
    }
}
