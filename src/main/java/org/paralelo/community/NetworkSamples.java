package org.paralelo.community;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.paralelo.base.FirstStartLock;
import org.paralelo.base.Languages;
import org.paralelo.base.SystemTask;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
import org.paralelo.people.ActivationService;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start, after the sample courses: a lively sample Network from {@code samples/network/} — members of
 * different regions with public profiles (some from the UNESCO Creative Cities), threads with replies in the
 * themed categories, a debate, and shared resources with their documents, published. Accounts have no password
 * (nobody signs in as them; an admin may send them activation links). When the first sample member exists nothing is loaded, so restarts add nothing;
 * {@code paralelo.samples.network=false} loads none.
 */
@Component
@Order(40)
class NetworkSamples implements ApplicationRunner {

    static final String FOLDER = "/samples/network/";
    private static final Logger log = LoggerFactory.getLogger(NetworkSamples.class);

    private final ActivationService activation;
    private final PersonDirectory directory;
    private final RegionService regions;
    private final NetworkProfileService profiles;
    private final SpaceService spaces;
    private final ThreadService threads;
    private final MediaService media;
    private final ResourceService resources;
    private final ResourceModerationService moderation;
    private final boolean enabled;
    private final FirstStartLock firstStart;

    NetworkSamples(ActivationService activation, PersonDirectory directory, RegionService regions,
                   NetworkProfileService profiles, SpaceService spaces, ThreadService threads, MediaService media,
                   ResourceService resources, ResourceModerationService moderation, FirstStartLock firstStart,
                   @Value("${paralelo.samples.network:true}") boolean enabled) {
        this.activation = activation;
        this.directory = directory;
        this.regions = regions;
        this.profiles = profiles;
        this.spaces = spaces;
        this.threads = threads;
        this.media = media;
        this.resources = resources;
        this.moderation = moderation;
        this.enabled = enabled;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // Two nodes starting together must not both load it: one at a time, the second finds it there.
            firstStart.alone("sample-network", this::load);
        }
    }

    /** Loads the sample Network unless it is there; true when it was loaded now. */
    boolean load() {
        List<String[]> members = records(read("members.txt"));
        try {
            boolean there = as(AccountService.ADMIN_USERNAME,
                    () -> !directory.authorsByUsername(List.of(members.getFirst()[0])).isEmpty());
            if (there) {
                return false;
            }
            members.forEach(this::member);
            int threadCount = threads();
            int resourceCount = resources();
            log.info("Loaded the sample Network: {} members, {} threads, {} shared resources", members.size(),
                    threadCount, resourceCount);
            return true;
        } catch (RuntimeException e) {
            // A broken sample must not stop the application from starting.
            log.error("The sample Network could not be loaded", e);
            return false;
        }
    }

    private void member(String[] m) {
        MexicanState state = MexicanState.valueOf(m[2]);
        Long region = as(AccountService.ADMIN_USERNAME, () -> regions.regionOf(state).map(RegionView::id)
                .orElse(null));
        Set<String> fields = Set.copyOf(Arrays.asList(m[4].split(",")));
        as(AccountService.ADMIN_USERNAME, () -> activation.createWithoutPassword(m[0], Set.of(Role.LEARNER),
                new ProfileData(m[1], m[0] + "@red.ejemplo.mx", Languages.SPANISH_TAG, m[2], null, region, m[3], fields)));
        as(m[0], () -> profiles.saveMine(new NetworkProfileDraft(true, m[6], "-".equals(m[5]) ? null : m[5], m[7],
                m[8], m[9]), profiles.mine().version()));
    }

    private int threads() {
        Map<String, SpaceId> categories = as(AccountService.ADMIN_USERNAME, () -> spaces.categories().stream()
                .collect(Collectors.toMap(SpaceSummary::nameEs, SpaceSummary::id)));
        int count = 0;
        for (Block block : blocks(read("threads.txt"))) {
            String[] head = block.head();
            boolean debate = head[0].startsWith("debate ");
            SpaceId space = categories.get(debate ? head[0].substring("debate ".length()).strip() : head[0]);
            ThreadId thread = as(head[1], () -> threads.open(new NewThread(space,
                    debate ? ThreadKind.DEBATE : ThreadKind.DISCUSSION, head[2], block.body())));
            for (Block reply : block.replies()) {
                DebateStance stance = reply.head().length > 1 ? DebateStance.valueOf(reply.head()[1]) : null;
                as(reply.head()[0], () -> threads.reply(new NewReply(thread, reply.body(), null, stance)));
            }
            count++;
        }
        return count;
    }

    private int resources() {
        int count = 0;
        for (Block block : blocks(read("resources.txt"))) {
            String[] h = block.head();
            String document = block.replies().getFirst().body();
            ResourceId id = as(h[0], () -> resources.contribute(new ResourceDraft(ResourceKind.DOCUMENT, h[1],
                    block.body(), Arrays.asList(h[2].split(",")), Arrays.stream(h[3].split(","))
                    .map(String::strip).map(CreativeField::valueOf).collect(Collectors.toSet()), null, null,
                    media.store(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), h[4],
                            MediaPurpose.CONTRIBUTION).id(), null)));
            as(AccountService.ADMIN_USERNAME, () -> {
                if (resources.find(id).status() == ResourceStatus.PENDING) {
                    moderation.approve(id, "");
                }
                return null;
            });
            count++;
        }
        return count;
    }

    /** A "==" line with its text, and the "--" parts under it (replies, or a resource's document). */
    record Block(String[] head, String body, List<Block> replies) {
    }

    /** Each "==" line starts a block; each "--" line under it starts one of its parts; other lines are text. */
    static List<Block> blocks(String text) {
        List<List<Block>> chunks = new ArrayList<>();
        String[] head = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n==").lines().filter(l -> !l.startsWith("# ")).toList()) {
            boolean opens = line.startsWith("==");
            if (opens || line.startsWith("--")) {
                if (head != null) {
                    chunks.getLast().add(new Block(head, body.toString().strip(), List.of()));
                }
                if (opens) {
                    chunks.add(new ArrayList<>());
                }
                head = fields(line.substring(2));
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return chunks.stream().filter(c -> !c.isEmpty()).map(c -> new Block(c.getFirst().head(), c.getFirst().body(),
                List.copyOf(c.subList(1, c.size())))).toList();
    }

    static List<String[]> records(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(NetworkSamples::fields).toList();
    }

    private static String[] fields(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
    }

    private static String read(String name) {
        try (InputStream in = NetworkSamples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample file " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T as(String username, Supplier<T> work) {
        return SystemTask.callAs(username, work);
    }
}
