package org.paralelo.people;

import java.io.PrintStream;
import java.security.SecureRandom;
import org.paralelo.base.FirstStartLock;
import org.paralelo.base.PublicUrl;
import org.paralelo.base.SystemTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account on first start. Its password is {@code PARALELO_ADMIN_PASSWORD} when set;
 * otherwise a random one is printed once to the console (not to the log), with the sign-in address. There are no
 * default credentials. Later starts find the account and do nothing; so does a second node starting at the same
 * time, which waits for the first ({@link FirstStartLock}).
 */
@Component
@Order(10)
class FirstStartAdministrator implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final String configuredPassword;
    private final PublicUrl publicUrl;
    private final PrintStream console;
    private final FirstStartLock firstStart;

    FirstStartAdministrator(AccountService accounts,
                            @Value("${PARALELO_ADMIN_PASSWORD:}") String configuredPassword,
                            PublicUrl publicUrl, FirstStartLock firstStart) {
        this.accounts = accounts;
        this.firstStart = firstStart;
        this.configuredPassword = configuredPassword;
        this.publicUrl = publicUrl;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        boolean created = firstStart.alone("administrator",
                () -> SystemTask.call(() -> accounts.createAdministratorIfMissing(password)));
        if (created && generated) {
            console.println();
            console.println("==================================================================");
            console.println(" Paralelo: first start. Sign in at " + publicUrl.link("login"));
            console.println("   username: " + AccountService.ADMIN_USERNAME);
            console.println("   password: " + password);
            console.println(" This password is shown only now. Change it under \"Mi perfil\".");
            console.println("==================================================================");
            console.println();
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
