package org.paralelo.people;

import org.paralelo.people.domain.PlatformSetting;
import org.paralelo.people.domain.PlatformSettingRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform-wide switches that admins control. */
@Service
@Transactional
public class SettingsService {

    static final String SELF_REGISTRATION = "self-registration";

    private final PlatformSettingRepository settings;
    private final boolean selfRegistrationDefault;

    SettingsService(PlatformSettingRepository settings,
                    @Value("${paralelo.people.self-registration-default:true}") boolean selfRegistrationDefault) {
        this.settings = settings;
        this.selfRegistrationDefault = selfRegistrationDefault;
    }

    /** Anyone may ask, because the sign-in page offers registration only when it is open. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean isSelfRegistrationOpen() {
        return settings.findById(SELF_REGISTRATION).map(s -> Boolean.parseBoolean(s.getValue()))
                .orElse(selfRegistrationDefault);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setSelfRegistrationOpen(boolean open) {
        PlatformSetting setting = settings.findById(SELF_REGISTRATION)
                .orElseGet(() -> new PlatformSetting(SELF_REGISTRATION, ""));
        setting.setValue(Boolean.toString(open));
        settings.save(setting);
    }
}
