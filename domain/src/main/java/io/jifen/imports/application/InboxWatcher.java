package io.jifen.imports.application;

import io.jifen.imports.ImportKind;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inbox core banking drops its files in ({@code JIFEN_BATCH_INBOX}), watched by every server:
 * one folder per kind ({@code transactions/}). A file is taken once it has stopped growing (the
 * same size and time at two looks in a row; names ending in .tmp or .part are being written and
 * left alone), imported as if uploaded (so it is claimed once by its SHA-256, however many
 * servers see it and however often it is dropped again), then moved to {@code done/} beside it.
 */
@ApplicationScoped
public class InboxWatcher {
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class.getName());
    private static final Actor INBOX = new Actor("inbox", Set.of(Roles.CORE_BANKING));

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ImportService imports;
    @Inject
    @ConfigProperty(name = "jifen.batch.inbox")
    Optional<String> inbox;
    @Inject
    @ConfigProperty(name = "jifen.batch.inbox-poll-seconds", defaultValue = "5")
    long pollSeconds;

    /** What each file looked like at the last look: size and time; taken when a look finds it unchanged. */
    private final Map<Path, String> lastSeen = new HashMap<>();
    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) @Initialized(ApplicationScoped.class) Object ignored) {
        if (inbox.isEmpty() || inbox.get().isBlank()) {
            return;
        }
        try {
            for (ImportKind kind : ImportKind.values()) {
                Files.createDirectories(folderOf(kind).resolve("done"));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The batch inbox " + inbox.get() + " cannot be made; it is not watched", e);
            return;
        }
        LOG.info(() -> "Watching the batch inbox " + Path.of(inbox.get()).toAbsolutePath() + " every " + pollSeconds + " s");
        task = scheduler.scheduleWithFixedDelay(this::look, pollSeconds, Math.max(1, pollSeconds), TimeUnit.SECONDS);
    }

    synchronized void look() {
        for (ImportKind kind : ImportKind.values()) {
            try {
                // an operator may have removed or remounted it since the last look
                Files.createDirectories(folderOf(kind).resolve("done"));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The batch inbox for " + kind + " cannot be made; the next look tries again", e);
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folderOf(kind), Files::isRegularFile)) {
                for (Path file : files) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part")) {
                        continue;
                    }
                    if (isSettled(file)) {
                        take(kind, file);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Looking in the batch inbox for " + kind + " failed; the next look tries again", e);
            }
        }
    }

    private boolean isSettled(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException takenMeanwhile) {
            lastSeen.remove(file);
            return false;
        }
        String now = attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        return now.equals(lastSeen.put(file, now));
    }

    private void take(ImportKind kind, Path file) throws IOException {
        lastSeen.remove(file);
        ImportService.Received received;
        try (InputStream content = Files.newInputStream(file)) {
            received = Actors.callAs(INBOX, () -> imports.receive(kind, file.getFileName().toString(), content, null));
        } catch (NoSuchFileException takenByAnotherServer) {
            return;
        }
        LOG.info(() -> "Inbox file " + file.getFileName() + (received.created() ? " imported as " : " was imported before as ")
                + received.file().id());
        Path done = folderOf(kind).resolve("done").resolve(received.file().id() + "-" + file.getFileName());
        try {
            Files.move(file, done, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException movedByAnotherServer) {
            Files.deleteIfExists(file);
        }
    }

    private Path folderOf(ImportKind kind) {
        return Path.of(inbox.orElseThrow()).resolve(kind.name().toLowerCase(Locale.ROOT));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
