package org.paralelo.people.security;

import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks an account up by username or e-mail, ignoring case. The principal name is always the username. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final PersonRepository people;

    AccountDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String identifier) {
        Person person = people.findByUsernameOrEmail(Person.normalise(identifier))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        if (!person.hasPassword()) {
            // Not activated yet: signs in like an unknown account until its activation link sets a password.
            throw new UsernameNotFoundException("no password yet");
        }
        return User.withUsername(person.getUsername())
                .password(person.getPasswordHash())
                .disabled(!person.isEnabled())
                .authorities(person.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
