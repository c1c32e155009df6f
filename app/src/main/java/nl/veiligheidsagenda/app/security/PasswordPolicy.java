package nl.veiligheidsagenda.app.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 and at most 128 characters, not the account name,
 * not a well-known password, not one repeated character. No composition rules: long pass phrases are welcome.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("wachtwoord123", "wachtwoord1234", "welkom123456",
            "password1234", "password12345", "123456789012", "qwertyuiop12", "veiligheid123", "veiligheidsagenda",
            "gemeentealmere", "almere123456", "welkomwelkom", "passwordpassword", "administrator", "adminadmin123",
            "letmein123456", "zomer2024!!!", "winter2024!!!", "voorjaar2025!");

    private PasswordPolicy() {
    }

    /** A Dutch explanation when the password is not acceptable; empty when it is. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Het wachtwoord moet minstens " + MIN_LENGTH + " tekens lang zijn.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Het wachtwoord mag hoogstens " + MAX_LENGTH + " tekens lang zijn.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Het wachtwoord mag de gebruikersnaam niet bevatten.");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() == 1) {
            return Optional.of("Dit wachtwoord is te bekend of te eenvoudig; kies een ander (bijvoorbeeld een zin).");
        }
        return Optional.empty();
    }

    public static void check(String password, String username) {
        problem(password, username).ifPresent(message -> {
            throw new InvalidInputException(InvalidInputException.Field.PASSWORD, message);
        });
    }
}
