package org.paralelo.interchange;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: loads the sample library ({@code paralelo.samples.courses}, by default every course in
 * {@code content-samples/}; empty to load none). Courses already there are skipped, so restarts add nothing.
 */
@Component
@Order(20)
class SampleLibraryLoader implements ApplicationRunner {

    private final SampleLibrary library;
    private final List<String> codes;

    SampleLibraryLoader(SampleLibrary library,
                        @Value("${paralelo.samples.courses:" + "bienvenida,gestion-empresarial,mercadotecnia,"
                                + "asuntos-juridicos,habilidades-organizativas,cultural-policy}") List<String> codes) {
        this.library = library;
        this.codes = codes;
    }

    @Override
    public void run(ApplicationArguments args) {
        library.load(codes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
    }
}
