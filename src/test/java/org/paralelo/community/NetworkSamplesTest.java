package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample Network loads its members, threads, debate and resources once; a second start adds nothing. */
@ParaleloSpringTest
@Tag("persistence")
class NetworkSamplesTest {

    @Autowired NetworkSamples samples;
    @Autowired NetworkProfileService profiles;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired ResourceService resources;

    @Test
    void the_sample_files_hold_over_thirty_threads_with_replies_a_debate_and_ten_resources_with_documents() {
        List<NetworkSamples.Block> all = NetworkSamples.blocks(read("threads.txt"));
        assertThat(all).hasSizeGreaterThanOrEqualTo(30).allSatisfy(b -> assertThat(b.replies()).hasSizeGreaterThan(1));
        assertThat(all).filteredOn(b -> b.head()[0].startsWith("debate ")).singleElement()
                .satisfies(b -> assertThat(b.replies()).allSatisfy(r -> assertThat(r.head()).hasSize(2)));
        assertThat(NetworkSamples.blocks(read("resources.txt"))).hasSize(10)
                .allSatisfy(b -> assertThat(b.replies()).singleElement().satisfies(d -> assertThat(d.body()).isNotBlank()));
        assertThat(NetworkSamples.records(read("members.txt"))).hasSizeBetween(10, 15);
    }

    @Test
    void loading_twice_adds_the_network_once_with_public_profiles_threads_and_published_resources() {
        samples.load();
        Set<String> sampleMembers = NetworkSamples.records(read("members.txt")).stream().map(m -> m[0])
                .collect(Collectors.toSet());
        int threadsBefore = sampleThreads(sampleMembers);
        int resourcesBefore = sampleResources(sampleMembers);
        assertThat(samples.load()).as("a second start loads nothing").isFalse();
        assertThat(sampleThreads(sampleMembers)).isEqualTo(threadsBefore).isGreaterThanOrEqualTo(33);
        assertThat(sampleResources(sampleMembers)).isEqualTo(resourcesBefore).isEqualTo(10);
        assertThat(As.admin(() -> profiles.member("jorge.canul"))).hasValueSatisfying(p -> {
            assertThat(p.published()).isTrue();
            assertThat(p.creativeCity()).isNotNull();
        });
    }

    private int sampleThreads(Set<String> members) {
        return As.admin(() -> spaces.categories().stream().mapToInt(space -> (int) threads.threads(space.id(), 0, 500)
                .stream().filter(t -> members.contains(t.author().username())).count()).sum());
    }

    private int sampleResources(Set<String> members) {
        return (int) As.admin(() -> resources.library(ResourceFilter.none(), 0, 100)).stream()
                .filter(r -> members.contains(r.author().username())).count();
    }

    private static String read(String name) {
        try (var in = NetworkSamplesTest.class.getResourceAsStream(NetworkSamples.FOLDER + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
