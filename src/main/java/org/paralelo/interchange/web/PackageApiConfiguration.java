package org.paralelo.interchange.web;

import org.paralelo.interchange.CoursePackageService;
import org.paralelo.interchange.QuestionImportService;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@code /api/packages} as its own servlet, outside Spring MVC and its multipart handling. */
@Configuration
class PackageApiConfiguration {

    @Bean
    ServletRegistrationBean<PackageUploadServlet> packageUploadServlet(CoursePackageService packages,
                                                                      QuestionImportService questions,
                                                                      MessageSource messages) {
        ServletRegistrationBean<PackageUploadServlet> registration = new ServletRegistrationBean<>(
                new PackageUploadServlet(packages, questions, messages), "/api/packages");
        registration.setName("packageUpload");
        return registration;
    }
}
