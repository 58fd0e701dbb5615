package dev.pipewright.runtime.secrets;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The local encrypted secret store: SecureString values, passwords, SAS tokens and self-hosted IR keys typed
 * in the studio or the CLI, never written to factory files. One SQLite file; each value encrypted with
 * AES-256-GCM (a fresh 96-bit IV per write, the key as associated data so values cannot be swapped between
 * rows); the AES key derived from the user's passphrase with PBKDF2-HMAC-SHA256 and a random salt. The
 * passphrase is checked against an encrypted verifier, so a wrong one is refused rather than yielding garbage.
 * Location: the system property {@value #LOCATION_PROPERTY}, else {@code ~/.pipewright/secrets.db}.
 */
public final class SecretStore implements AutoCloseable {
    public static final String LOCATION_PROPERTY = "pipewright.secrets";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String VERIFIER = "pipewright secret store";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection db;
    private final SecretKeySpec key;

    private SecretStore(Connection db, SecretKeySpec key) {
        this.db = db;
        this.key = key;
    }

    public static Path defaultLocation() {
        return SqliteFile.location(LOCATION_PROPERTY, "secrets.db");
    }

    /** Opens (or creates, with {@link #DEFAULT_ITERATIONS}) the store at {@code file}. */
    public static SecretStore open(Path file, char[] passphrase) throws WrongPassphraseException {
        return open(file, passphrase, DEFAULT_ITERATIONS);
    }

    /** Opens the store; {@code iterations} is used only when the file is new (tests use fewer). */
    public static SecretStore open(Path file, char[] passphrase, int iterations) throws WrongPassphraseException {
        Connection db = SqliteFile.open(file,
                "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS secret (scope TEXT NOT NULL, resource TEXT NOT NULL, property TEXT NOT NULL,"
                        + " iv BLOB NOT NULL, data BLOB NOT NULL, PRIMARY KEY (scope, resource, property))");
        try {
            String salt = meta(db, "salt");
            SecretStore store;
            if (salt == null) {
                byte[] s = new byte[16];
                RANDOM.nextBytes(s);
                store = new SecretStore(db, derive(passphrase, s, iterations));
                setMeta(db, "salt", Base64.getEncoder().encodeToString(s));
                setMeta(db, "iterations", Integer.toString(iterations));
                byte[] iv = iv();
                setMeta(db, "verifier", Base64.getEncoder().encodeToString(iv) + ":"
                        + Base64.getEncoder().encodeToString(store.crypt(Cipher.ENCRYPT_MODE, iv, VERIFIER.getBytes(StandardCharsets.UTF_8), "verifier")));
            } else {
                store = new SecretStore(db, derive(passphrase, Base64.getDecoder().decode(salt), Integer.parseInt(meta(db, "iterations"))));
                String[] v = meta(db, "verifier").split(":");
                try {
                    store.crypt(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(v[0]), Base64.getDecoder().decode(v[1]), "verifier");
                } catch (IllegalStateException e) {
                    db.close();
                    throw new WrongPassphraseException("The passphrase does not open the secret store " + file);
                }
            }
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The properties stored for {@code resource} in the store file, read without the passphrase (keys are not
     * secret, values stay encrypted) and without writing: empty when the file does not exist.
     */
    public static List<String> storedProperties(Path file, String scope, String resource) {
        if (!java.nio.file.Files.isRegularFile(file)) return List.of();
        Properties ro = new Properties();
        ro.setProperty("open_mode", "1");
        try (Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), ro);
             PreparedStatement st = db.prepareStatement("SELECT property FROM secret WHERE scope = ? AND resource = ? ORDER BY property")) {
            st.setString(1, scope);
            st.setString(2, resource);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the existing store at {@code file} with the passphrase the OS keyring keeps for it. Empty when the
     * keyring is not reachable, keeps none, or keeps one that no longer opens the store (it is then forgotten).
     */
    public static Optional<SecretStore> openFromKeyring(Path file, OsKeyring keyring) {
        if (!java.nio.file.Files.exists(file)) return Optional.empty();
        Optional<char[]> kept = keyring.passphrase(file);
        if (kept.isEmpty()) return Optional.empty();
        try {
            return Optional.of(open(file, kept.get()));
        } catch (WrongPassphraseException e) {
            keyring.forget(file);
            return Optional.empty();
        } finally {
            Arrays.fill(kept.get(), '\0');
        }
    }

    /**
     * A new store's passphrase is typed twice, as nobody can recover the store if it was mistyped: why the second
     * typing refuses the first, or empty when they are the same.
     */
    public static Optional<String> confirmationProblem(char[] passphrase, char[] typedAgain) {
        return Arrays.equals(passphrase, typedAgain) ? Optional.empty()
                : Optional.of("The two passphrases differ: type the same passphrase twice (a mistyped one could never open the store)");
    }

    /** A random passphrase for a store whose passphrase only the OS keyring keeps (nobody types it). */
    public static char[] generatedPassphrase() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }

    private static byte[] iv() {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return iv;
    }

    private static SecretKeySpec derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private byte[] crypt(int mode, byte[] iv, byte[] input, String associated) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("secret does not decrypt with this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
        }
    }

    private static String associated(SecretKey k) {
        return k.scope() + '\0' + k.resource() + '\0' + k.property();
    }

    /** Stores (or replaces) a secret. */
    public synchronized void put(SecretKey k, String value) {
        byte[] iv = iv();
        byte[] data = crypt(Cipher.ENCRYPT_MODE, iv, value.getBytes(StandardCharsets.UTF_8), associated(k));
        update("INSERT OR REPLACE INTO secret (scope, resource, property, iv, data) VALUES (?, ?, ?, ?, ?)",
                k.scope(), k.resource(), k.property(), iv, data);
    }

    public synchronized Optional<String> get(SecretKey k) {
        try (PreparedStatement st = db.prepareStatement("SELECT iv, data FROM secret WHERE scope = ? AND resource = ? AND property = ?")) {
            st.setString(1, k.scope());
            st.setString(2, k.resource());
            st.setString(3, k.property());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                byte[] plain = crypt(Cipher.DECRYPT_MODE, rs.getBytes(1), rs.getBytes(2), associated(k));
                String value = new String(plain, StandardCharsets.UTF_8);
                Arrays.fill(plain, (byte) 0);
                return Optional.of(value);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store: " + e.getMessage(), e);
        }
    }

    public synchronized boolean contains(SecretKey k) {
        return get(k).isPresent();
    }

    public synchronized boolean remove(SecretKey k) {
        return update("DELETE FROM secret WHERE scope = ? AND resource = ? AND property = ?", k.scope(), k.resource(), k.property()) > 0;
    }

    /** Removes every secret of a resource (when the resource is deleted). */
    public synchronized int removeResource(String scope, String resource) {
        return update("DELETE FROM secret WHERE scope = ? AND resource = ?", scope, resource);
    }

    /** The keys (never the values) stored for a resource, or for the whole scope when {@code resource} is null. */
    public synchronized List<SecretKey> keys(String scope, String resource) {
        String sql = "SELECT resource, property FROM secret WHERE scope = ?" + (resource == null ? "" : " AND resource = ?")
                + " ORDER BY resource, property";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, scope);
            if (resource != null) st.setString(2, resource);
            List<SecretKey> keys = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) keys.add(new SecretKey(scope, rs.getString(1), rs.getString(2)));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store: " + e.getMessage(), e);
        }
    }

    private static String meta(Connection db, String name) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setMeta(Connection db, String name, String value) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Secret store: " + e.getMessage(), e);
        }
    }
}
