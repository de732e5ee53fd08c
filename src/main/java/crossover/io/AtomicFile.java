package crossover.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces files in one step: each content goes to a temporary file in the target's folder, is forced to disk, and
 * is moved over the target, so a failure at any point leaves the old files exactly as they were. Used for scenario
 * files and exports alike.
 *
 * <p>A symbolic link is written through to the file it points to (the link stays a link); a folder, a device, a
 * pipe or a socket is refused before anything is written. Temporary files are removed when the write fails and when
 * the JVM is stopped mid-write (Ctrl+C, SIGTERM); those a hard kill left behind are removed at the next start by
 * {@link #recordTemporaryFilesIn(Path)}.
 */
public final class AtomicFile {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of a {@link #writeAll} and what to put in it. */
    public record Output(Path file, Content content) {
        public Output {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(content, "content");
        }
    }

    /** A file that cannot be written: the path as its owner gave it and why, never a temporary file's name. */
    public static final class UnwritableException extends IOException {

        private final transient Path file;
        private final String reason;

        UnwritableException(Path file, String reason, Throwable cause) {
            super(file + ": " + reason, cause);
            this.file = file;
            this.reason = reason;
        }

        /** The path as the caller gave it. */
        public Path file() {
            return file;
        }

        /** Why, as a clause: "the folder /x does not exist", "it is a device, …", "the disk is full". */
        public String reason() {
            return reason;
        }
    }

    /** Ends the name of every temporary file of ours, so that a later start can tell them from the user's files. */
    static final String TEMP_SUFFIX = ".crossover.tmp";
    private static final String RECORD_SUFFIX = ".record";
    /** Longer names are cut in the temporary file's name, which would otherwise pass the file system's limit. */
    private static final int MAX_NAME_IN_TEMP = 100;
    /** As many hops as Linux follows before it reports a loop. */
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files being written now, each with its record (or itself when no record is kept). */
    private static final Map<Path, Path> IN_FLIGHT = new ConcurrentHashMap<>();
    private static final String PROCESS = ProcessHandle.current().pid() + "-" + startMillis(ProcessHandle.current());
    private static volatile Path records;

    static {
        // Ctrl+C and SIGTERM run shutdown hooks but not the finally blocks of a write in progress.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.keySet().forEach(AtomicFile::discard),
                "crossover-temp-cleanup"));
    }

    private AtomicFile() {
    }

    /** Replaces one file (see the class comment); a failure is an {@link UnwritableException} naming it. */
    public static void write(Path file, Content content) throws IOException {
        writeAll(List.of(new Output(file, content)));
    }

    /**
     * Replaces several files, checking every target and writing every content before it replaces any, so that a
     * refused target or a failed content leaves all of them as they were. Only a failure while moving the finished
     * files into place (after everything was written) can leave some replaced and others not.
     *
     * @throws UnwritableException naming the first output, in the given order, that cannot be written
     */
    public static void writeAll(List<Output> outputs) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Output o : outputs) {
            targets.add(checkedTarget(o.file()));
        }
        List<Path> temps = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                temps.add(writeTemp(outputs.get(i), targets.get(i)));
            }
            for (int i = 0; i < outputs.size(); i++) {
                moveInPlace(temps.get(i), targets.get(i), outputs.get(i).file());
            }
        } finally {
            temps.forEach(AtomicFile::discard);
        }
    }

    /**
     * The file a write to {@code file} replaces (the end of its symbolic links), after checking that it can be:
     * its folder exists and can be written, and it is a regular file or does not exist yet.
     */
    public static Path checkedTarget(Path file) throws UnwritableException {
        Path target = followLinks(file);
        Path folder = target.getParent();
        BasicFileAttributes existing = attributes(target);
        if (existing != null && existing.isDirectory()) {
            throw new UnwritableException(file, "it is a folder", null);
        }
        if (existing != null && !existing.isRegularFile()) {
            throw new UnwritableException(file, "it is a device, a pipe or a socket, not a regular file, and only "
                    + "regular files are written", null);
        }
        if (!Files.isDirectory(folder)) {
            throw new UnwritableException(file, Files.exists(folder) ? folder + " is a file, not a directory"
                    : "the folder " + folder + " does not exist", null);
        }
        if (!Files.isWritable(folder)) {
            throw new UnwritableException(file, permissionDenied(folder), null);
        }
        return target;
    }

    /** Why a write failed, as a clause without file names: "permission denied in /x; …", "the disk is full", … */
    public static String reason(IOException e) {
        if (e instanceof UnwritableException u) {
            return u.reason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return reason.contains("No space left") ? "the disk is full" : reason;
    }

    /**
     * Keeps a record of each temporary file under {@code folder} while it exists, and first deletes the temporary
     * files that processes stopped mid-write (a kill, a power cut) left behind, as their records there say. Called
     * once at start; without it no records are kept. Returns how many temporary files it deleted.
     */
    public static int recordTemporaryFilesIn(Path folder) {
        int deleted = deleteOrphans(folder);
        try {
            Files.createDirectories(folder);
            records = folder;
        } catch (IOException | RuntimeException e) {
            // Without records a crash may leave a hidden temporary file; every write still works.
            records = null;
        }
        return deleted;
    }

    /** Deletes the temporary files recorded under {@code folder} by processes no longer running; returns how many. */
    static int deleteOrphans(Path folder) {
        int deleted = 0;
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*" + RECORD_SUFFIX)) {
            for (Path record : list) {
                try {
                    deleted += deleteIfOrphaned(record);
                } catch (IOException | RuntimeException e) {
                    // What cannot be cleaned now is tried again at the next start.
                }
            }
        } catch (IOException | RuntimeException e) {
            // The folder cannot be listed: nothing to clean that could be found.
        }
        return deleted;
    }

    private static int deleteIfOrphaned(Path record) throws IOException {
        String[] owner = record.getFileName().toString().split("-", 3);
        if (owner.length < 3 || isRunning(owner[0], owner[1])) {
            return 0;
        }
        Path temp = Path.of(Files.readString(record, StandardCharsets.UTF_8).strip());
        String name = temp.getFileName() == null ? "" : temp.getFileName().toString();
        // Only a file named like ours: a record edited by hand must not delete anything else.
        boolean deleted = temp.isAbsolute() && name.startsWith(".") && name.endsWith(TEMP_SUFFIX)
                && Files.deleteIfExists(temp);
        Files.deleteIfExists(record);
        return deleted ? 1 : 0;
    }

    private static boolean isRunning(String pid, String start) {
        try {
            // The start time tells a reused process id from the process that wrote the record.
            return ProcessHandle.of(Long.parseLong(pid))
                    .map(h -> start.equals("0") || startMillis(h) == 0 || startMillis(h) == Long.parseLong(start))
                    .orElse(false);
        } catch (NumberFormatException notOurs) {
            return true;
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    private static Path followLinks(Path file) throws UnwritableException {
        Path p = file.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw new UnwritableException(file, "it is a loop of symbolic links", null);
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath();
            }
        } catch (IOException e) {
            throw unwritable(file, p.getParent(), e);
        }
        return p;
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException absent) {
            return null;
        }
    }

    private static Path writeTemp(Output output, Path target) throws IOException {
        String name = target.getFileName().toString();
        Path temp = target.resolveSibling("." + name.substring(0, Math.min(name.length(), MAX_NAME_IN_TEMP)) + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
        IN_FLIGHT.put(temp, record(temp));
        try {
            // Created like any new file (the user's umask), not owner-only like Files.createTempFile.
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch));
                output.content().writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(target, temp);
        } catch (IOException e) {
            discard(temp);
            throw unwritable(output.file(), target.getParent(), e);
        } catch (RuntimeException | Error e) {
            discard(temp);
            throw e;
        }
        return temp;
    }

    private static void moveInPlace(Path temp, Path target, Path file) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw unwritable(file, target.getParent(), e);
        }
    }

    /** The failure as a sentence about the user's file: a temporary file's name never reaches the user. */
    private static UnwritableException unwritable(Path file, Path folder, IOException e) {
        if (e instanceof UnwritableException u) {
            return u;
        }
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = permissionDenied(folder);
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder " + folder + " does not exist";
        } else if (e instanceof NotDirectoryException) {
            reason = folder + " is a file, not a directory";
        } else {
            reason = reason(e);
            if (e instanceof FileSystemException fs && fs.getFile() != null) {
                reason = reason.replace(fs.getFile(), file.toString());
            }
        }
        return new UnwritableException(file, reason, e);
    }

    private static String permissionDenied(Path folder) {
        return "permission denied in " + folder + "; choose a folder you can write to";
    }

    /** Records a temporary file before it exists, so a start after a crash knows it is ours to delete. */
    private static Path record(Path temp) {
        Path folder = records;
        if (folder == null) {
            return temp;
        }
        Path record = folder.resolve(PROCESS + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + RECORD_SUFFIX);
        try {
            Files.writeString(record, temp.toString(), StandardCharsets.UTF_8);
            return record;
        } catch (IOException | RuntimeException e) {
            return temp;
        }
    }

    private static void discard(Path temp) {
        Path record = IN_FLIGHT.remove(temp);
        try {
            Files.deleteIfExists(temp);
            if (record != null && !record.equals(temp)) {
                Files.deleteIfExists(record);
            }
        } catch (IOException ignored) {
            // The write already failed with a better message; the next start removes what is left.
        }
    }

    /** A replaced file keeps its mode: saving must not make a shared document private, or a private one shared. */
    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (Files.exists(original) && original.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        }
    }

    /** Temporary files of this process being written now: empty between writes. */
    static List<Path> inFlight() {
        return List.copyOf(IN_FLIGHT.keySet());
    }
}
