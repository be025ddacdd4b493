package fr.nouage.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.nouage.account.AccountProperties;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;

/** Creates the admin account named by the configuration on first start, if it does not exist. */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountProperties properties;
    private final Accounts accounts;

    AdminBootstrap(AccountProperties properties, Accounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.adminEmail();
        if (email == null || email.isBlank() || properties.adminPassword() == null
                || properties.adminPassword().isBlank()) {
            return;
        }
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        var admin = accounts.create(email, "Administration", properties.adminPassword());
        accounts.assign(admin.id(), RoleAssignment.global(Role.ADMIN));
        log.info("Admin account {} created", admin.email());
    }
}
