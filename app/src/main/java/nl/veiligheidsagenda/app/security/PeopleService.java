package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * People, their roles and theme scopes. Every change needs an admin, is checked here (not only in the views) and
 * written to the audit log, refused attempts included.
 */
public final class PeopleService {

    /** The first-run admin's account name. */
    public static final String FIRST_ADMIN = "admin";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,119}");
    private static final String GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcPeopleStore store;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Supplier<Set<String>> themeIds;
    private final Clock clock;
    private final Map<Long, Optional<Person>> cache = new ConcurrentHashMap<>();

    PeopleService(JdbcPeopleStore store, PasswordHasher hasher, AuditLog audit, Supplier<Set<String>> themeIds,
                  Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.themeIds = themeIds;
        this.clock = clock;
    }

    /**
     * What an admin fills in for a new local account.
     *
     * @param mustChangePassword the person must choose a new password at the first sign-in
     */
    public record NewPerson(String username, String displayName, Role role, Set<String> themes, String password,
                            boolean mustChangePassword) {
    }

    public List<Person> list(Actor reader) {
        Guard.requireAdmin(audit, reader, "person.list", "person:*");
        return store.all();
    }

    /** The enabled person with this id, as the session's sign-in refers to it; cached until a change. */
    public Optional<Person> active(long id) {
        return cache.computeIfAbsent(id, key -> store.byId(key).map(JdbcPeopleStore.Stored::person))
                .filter(Person::enabled);
    }

    public Optional<Person> byUsername(String username) {
        return stored(username).map(JdbcPeopleStore.Stored::person);
    }

    /**
     * The name a person is shown by to readers (who wrote a story): the display name, or the user name as stored
     * when there is no such account (any more).
     */
    public String displayName(String username) {
        return byUsername(username).map(Person::displayName).filter(name -> !name.isBlank()).orElse(username);
    }

    Optional<JdbcPeopleStore.Stored> stored(String username) {
        return username == null ? Optional.empty() : store.byUsername(normalise(username));
    }

    public Person create(Actor admin, NewPerson input) {
        String username = normalise(input.username());
        String target = "person:" + username;
        Guard.requireAdmin(audit, admin, "person.create", target);
        try {
            validateUsername(username);
            String displayName = validateDisplayName(input.displayName());
            Set<String> themes = validateScope(input.role(), input.themes());
            PasswordPolicy.check(input.password(), username);
            if (store.byUsername(username).isPresent()) {
                throw new InvalidInputException(InvalidInputException.Field.USERNAME,
                        "De gebruikersnaam '" + username + "' bestaat al.");
            }
            Person person = new Person(0, username, displayName, input.role(), themes, true, Person.Source.LOCAL,
                    input.mustChangePassword(), OffsetDateTime.now(clock), admin.username(), null);
            long id = store.insert(person, hasher.hash(input.password()));
            changed();
            audit.record(admin, "person.create", target, Outcome.SUCCESS, describe(input.role(), themes));
            return store.byId(id).orElseThrow().person();
        } catch (InvalidInputException e) {
            audit.record(admin, "person.create", target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    /** Changes a person's name, role and theme scope. */
    public Person update(Actor admin, long id, String displayName, Role role, Set<String> themes) {
        Person current = require(id);
        String target = "person:" + current.username();
        Guard.requireAdmin(audit, admin, "person.update", target);
        try {
            String name = validateDisplayName(displayName);
            Set<String> scope = validateScope(role, themes);
            if (current.role() == Role.ADMIN && role != Role.ADMIN && current.enabled() && enabledAdmins() <= 1) {
                throw new InvalidInputException("Dit is de laatste beheerder: wijs eerst een andere beheerder aan.");
            }
            store.updateProfile(id, name, role, scope);
            changed();
            audit.record(admin, "person.update", target, Outcome.SUCCESS, "was " + describe(current.role(),
                    current.ownedThemes()) + ", nu " + describe(role, scope)
                    + (name.equals(current.displayName()) ? "" : "; naam gewijzigd"));
            return require(id);
        } catch (InvalidInputException e) {
            audit.record(admin, "person.update", target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    /** Disables or re-enables an account; a disabled person cannot sign in and their tokens stop working. */
    public Person setEnabled(Actor admin, long id, boolean enabled) {
        Person current = require(id);
        String action = enabled ? "person.enable" : "person.disable";
        String target = "person:" + current.username();
        Guard.requireAdmin(audit, admin, action, target);
        try {
            if (!enabled && current.username().equals(admin.username())) {
                throw new InvalidInputException("U kunt uw eigen account niet uitschakelen.");
            }
            if (!enabled && current.role() == Role.ADMIN && current.enabled() && enabledAdmins() <= 1) {
                throw new InvalidInputException("Dit is de laatste beheerder: wijs eerst een andere beheerder aan.");
            }
            store.setEnabled(id, enabled);
            changed();
            audit.record(admin, action, target, Outcome.SUCCESS, "");
            return require(id);
        } catch (InvalidInputException e) {
            audit.record(admin, action, target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    /** An admin sets a new password for a local account, e.g. when the person forgot theirs. */
    public void resetPassword(Actor admin, long id, String password, boolean mustChange) {
        Person current = require(id);
        String target = "person:" + current.username();
        Guard.requireAdmin(audit, admin, "person.password-reset", target);
        try {
            if (current.source() != Person.Source.LOCAL) {
                throw new InvalidInputException("Dit account meldt zich aan via de identiteitsprovider en heeft hier"
                        + " geen wachtwoord.");
            }
            PasswordPolicy.check(password, current.username());
            store.setPassword(id, hasher.hash(password), mustChange);
            changed();
            audit.record(admin, "person.password-reset", target, Outcome.SUCCESS,
                    mustChange ? "moet bij volgende aanmelding worden gewijzigd" : "");
        } catch (InvalidInputException e) {
            audit.record(admin, "person.password-reset", target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    /** A signed-in person replaces their own password; the current one is asked again. */
    public void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
        String target = "person:" + self.username();
        JdbcPeopleStore.Stored stored = stored(self.username())
                .filter(found -> found.person().enabled() && found.person().source() == Person.Source.LOCAL)
                .orElseThrow(() -> {
                    audit.record(self, "password.change", target, Outcome.FAILURE, "geen lokaal account");
                    return new InvalidInputException("Dit account heeft hier geen wachtwoord.");
                });
        try {
            if (!hasher.matches(currentPassword, stored.passwordHash())) {
                throw new InvalidInputException(InvalidInputException.Field.CURRENT_PASSWORD,
                        "Het huidige wachtwoord klopt niet.");
            }
            if (newPassword != null && newPassword.equals(currentPassword)) {
                throw new InvalidInputException(InvalidInputException.Field.PASSWORD,
                        "Het nieuwe wachtwoord moet anders zijn dan het huidige.");
            }
            PasswordPolicy.check(newPassword, self.username());
            store.setPassword(stored.person().id(), hasher.hash(newPassword), false);
            changed();
            audit.record(self, "password.change", target, Outcome.SUCCESS, "");
        } catch (InvalidInputException e) {
            audit.record(self, "password.change", target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    void recordLogin(long id) {
        store.touchLogin(id, OffsetDateTime.now(clock));
        changed();
    }

    /**
     * Creates or updates the account of someone signed in through OpenID Connect, with the role the identity
     * provider's claims map to. A local account with the same name is never taken over.
     */
    Person syncOidcPerson(String username, String displayName, Role role, Set<String> themes) {
        String name = normalise(username);
        Set<String> scope = role == Role.THEME_OWNER ? Set.copyOf(themes) : Set.of();
        Optional<JdbcPeopleStore.Stored> existing = store.byUsername(name);
        if (existing.isEmpty()) {
            Person person = new Person(0, name, displayName.isBlank() ? name : displayName, role, scope, true,
                    Person.Source.OIDC, false, OffsetDateTime.now(clock), AuditLog.SYSTEM, null);
            long id = store.insert(person, null);
            changed();
            audit.record(AuditLog.SYSTEM, "person.create", "person:" + name, Outcome.SUCCESS,
                    "via OpenID Connect: " + describe(role, scope));
            return store.byId(id).orElseThrow().person();
        }
        Person current = existing.get().person();
        if (current.source() != Person.Source.OIDC) {
            throw new InvalidInputException("Er bestaat al een lokaal account met de naam '" + name + "'.");
        }
        if (current.role() != role || !current.ownedThemes().equals(scope)
                || (!displayName.isBlank() && !displayName.equals(current.displayName()))) {
            store.updateProfile(current.id(), displayName.isBlank() ? current.displayName() : displayName, role, scope);
            changed();
            audit.record(AuditLog.SYSTEM, "person.update", "person:" + name, Outcome.SUCCESS,
                    "via OpenID Connect: was " + describe(current.role(), current.ownedThemes()) + ", nu "
                            + describe(role, scope));
        }
        return store.byId(current.id()).orElseThrow().person();
    }

    /**
     * On the very first start (no person at all) creates the admin account {@value #FIRST_ADMIN}: with
     * {@code VEILIGHEID_ADMIN_PASSWORD} when set (the operator's choice, used as given), otherwise with a random
     * password printed once on {@code console} that must be changed at the first sign-in.
     *
     * @return true when the account was created now
     */
    boolean createFirstRunAdmin(Optional<String> configuredPassword, PrintStream console) {
        if (!store.isEmpty()) {
            return false;
        }
        String password = configuredPassword.orElseGet(PeopleService::generatePassword);
        boolean generated = configuredPassword.isEmpty();
        Person admin = new Person(0, FIRST_ADMIN, "Beheerder", Role.ADMIN, Set.of(), true, Person.Source.LOCAL,
                generated, OffsetDateTime.now(clock), AuditLog.SYSTEM, null);
        try {
            store.insert(admin, hasher.hash(password));
        } catch (PersistenceException e) {
            if (e.isUniqueViolation()) {
                return false; // another instance on the same database started at the same moment and created it
            }
            throw e;
        }
        changed();
        audit.record(AuditLog.SYSTEM, "person.create", "person:" + FIRST_ADMIN, Outcome.SUCCESS,
                "eerste beheerder, wachtwoord " + (generated ? "gegenereerd (moet worden gewijzigd)"
                        : "uit VEILIGHEID_ADMIN_PASSWORD"));
        if (generated) {
            console.println("First run: created the admin account '" + FIRST_ADMIN + "' with the one-time password "
                    + password + " (shown only now; it must be changed at the first sign-in).");
        } else {
            console.println("First run: created the admin account '" + FIRST_ADMIN
                    + "' with the password from VEILIGHEID_ADMIN_PASSWORD.");
        }
        return true;
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }

    private Person require(long id) {
        return store.byId(id).map(JdbcPeopleStore.Stored::person)
                .orElseThrow(() -> new InvalidInputException("Deze persoon bestaat niet (meer)."));
    }

    private long enabledAdmins() {
        return store.all().stream().filter(person -> person.enabled() && person.role() == Role.ADMIN).count();
    }

    private void changed() {
        cache.clear();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static void validateUsername(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(InvalidInputException.Field.USERNAME,
                    "Een gebruikersnaam heeft 2 tot 120 tekens: kleine letters, cijfers en"
                    + " . _ @ -, en begint met een letter of cijfer.");
        }
    }

    private static String validateDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException(InvalidInputException.Field.DISPLAY_NAME,
                    "Vul een naam in van hoogstens 200 tekens.");
        }
        return name;
    }

    private Set<String> validateScope(Role role, Set<String> themes) {
        if (role == null) {
            throw new InvalidInputException(InvalidInputException.Field.ROLE, "Kies een rol.");
        }
        if (role != Role.THEME_OWNER) {
            return Set.of();
        }
        Set<String> scope = themes == null ? Set.of() : Set.copyOf(themes);
        if (scope.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Field.THEMES,
                    "Een thema-eigenaar heeft minstens één thema.");
        }
        Set<String> known = themeIds.get();
        for (String theme : scope) {
            if (!known.contains(theme)) {
                throw new InvalidInputException(InvalidInputException.Field.THEMES, "Onbekend thema '" + theme + "'.");
            }
        }
        return scope;
    }

    static String describe(Role role, Set<String> themes) {
        return "rol " + role.name() + (role == Role.THEME_OWNER ? " " + new TreeSet<>(themes) : "");
    }
}
