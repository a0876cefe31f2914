package vn.qms.stats.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.qms.stats.reference.ReferenceUnits;

/**
 * The console's accounts in {@code app_user}: added, disabled and given new passwords by
 * the {@code users} command, read at sign-in. Passwords are stored only as a
 * {@link PasswordEncoder} hash (bcrypt, with the algorithm's id in front so that a
 * stronger one can follow).
 */
@Component
public class Accounts {

	/** Shortest password accepted. */
	public static final int MIN_PASSWORD = 12;

	/** The letters of a made-up password: none that reads like another (0/O, 1/l/I). */
	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final String COLUMNS = "username, role, unit_code, enabled, created_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ReferenceUnits units;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	public Accounts(JdbcTemplate jdbc, ReferenceUnits units) {
		this.jdbc = jdbc;
		this.units = units;
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
	}

	/** Adds an enabled account; the name must be new and the unit a reference unit. */
	public Account add(String username, Role role, String unitCode, char[] password) {
		String name = username(username);
		String unit = unit(role, unitCode);
		String hash = hash(password);
		if (find(name).isPresent()) {
			throw new AccountException("Tài khoản đã có / The account already exists: " + name);
		}
		LocalDateTime now = LocalDateTime.now();
		try {
			this.jdbc.update(
					"insert into app_user (username, password_hash, role, unit_code, enabled, created_at, password_changed_at)"
							+ " values (?, ?, ?, ?, ?, ?, ?)",
					name, hash, role.name(), unit, true, Timestamp.valueOf(now), Timestamp.valueOf(now));
		}
		catch (DuplicateKeyException ex) {
			// added at the same moment by someone else
			throw new AccountException("Tài khoản đã có / The account already exists: " + name);
		}
		return new Account(name, role, unit, true, now);
	}

	/**
	 * Disables (or enables again) an account; its sessions end at their next request. The
	 * last enabled administrator is not disabled: nobody could then manage the accounts
	 * but from the command line. The administrators' rows are locked while this is
	 * checked, so that two administrators disabling each other at once cannot both
	 * succeed.
	 */
	public void setEnabled(String username, boolean enabled) {
		String name = normalName(username);
		this.transaction.executeWithoutResult((status) -> {
			if (!enabled) {
				List<String> administrators = this.jdbc.queryForList(
						"select username from app_user where role = 'ADMIN' and enabled = true for update",
						String.class);
				if (administrators.size() == 1 && administrators.contains(name)) {
					throw new AccountException("Không thể khóa quản trị viên cuối cùng còn dùng / "
							+ "The last enabled administrator cannot be disabled: " + name);
				}
			}
			updateOne("update app_user set enabled = ? where username = ?", name, enabled);
		});
	}

	/** Sets a new password. */
	public void setPassword(String username, char[] password) {
		String hash = hash(password);
		updateOne("update app_user set password_hash = ?, password_changed_at = ? where username = ?", username, hash,
				Timestamp.valueOf(LocalDateTime.now()));
	}

	public Optional<Account> find(String username) {
		return this.jdbc
			.query("select " + COLUMNS + " from app_user where username = ?", Accounts::account,
					username.toLowerCase(Locale.ROOT))
			.stream()
			.findFirst();
	}

	/**
	 * Whether a session that signed in as this account at {@code signedInAt} may go on:
	 * the account is still there and enabled, with the same role and unit, and its
	 * password has not been set since.
	 */
	public boolean stillValid(Account signedIn, LocalDateTime signedInAt) {
		Boolean valid = this.jdbc
			.query("select role, unit_code, enabled, password_changed_at from app_user where username = ?", (rs) -> {
				if (!rs.next()) {
					return false;
				}
				Timestamp changed = rs.getTimestamp("password_changed_at");
				return rs.getBoolean("enabled") && signedIn.role().name().equals(rs.getString("role"))
						&& Objects.equals(signedIn.unitCode(), rs.getString("unit_code"))
						&& (changed == null || !changed.toLocalDateTime().isAfter(signedInAt));
			}, signedIn.username());
		return Boolean.TRUE.equals(valid);
	}

	/** A username as it is stored: trimmed, in lower case. */
	public static String normalName(String username) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT);
	}

	/** The stored hash of an enabled account, for sign-in only. */
	public Optional<String> passwordHash(String username) {
		return this.jdbc
			.queryForList("select password_hash from app_user where username = ? and enabled = true", String.class,
					username.toLowerCase(Locale.ROOT))
			.stream()
			.findFirst();
	}

	public List<Account> list() {
		return this.jdbc.query("select " + COLUMNS + " from app_user order by username", Accounts::account);
	}

	/**
	 * A made-up password of 16 letters and digits (about 94 bits), to be handed to its
	 * user once.
	 */
	public static char[] madeUpPassword() {
		char[] made = new char[16];
		for (int i = 0; i < made.length; i++) {
			made[i] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
		}
		return made;
	}

	/** The encoder the hashes are made with, for sign-in. */
	public PasswordEncoder encoder() {
		return this.encoder;
	}

	/** Runs an update of one account: its last parameter is the username. */
	private void updateOne(String sql, String username, Object... values) {
		String name = normalName(username);
		Object[] arguments = Arrays.copyOf(values, values.length + 1);
		arguments[values.length] = name;
		if (this.jdbc.update(sql, arguments) != 1) {
			throw new AccountException("Không có tài khoản / No such account: " + name);
		}
	}

	private static String username(String username) {
		String name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("Tên tài khoản gồm 3–64 chữ thường, số, '.', '_', '-' / "
					+ "A username is 3–64 lower-case letters, digits, '.', '_', '-'");
		}
		return name;
	}

	private String unit(Role role, String unitCode) {
		String code = (unitCode != null) ? unitCode.trim().toUpperCase(Locale.ROOT) : "";
		if (code.isEmpty() && role == Role.ADMIN) {
			return "VN";
		}
		if (this.units.all().stream().noneMatch((unit) -> unit.code().equals(code))) {
			throw new AccountException("Không có đơn vị mã " + code + " trong danh mục / No reference unit " + code);
		}
		return code;
	}

	private String hash(char[] password) {
		if (password == null || password.length < MIN_PASSWORD) {
			throw new AccountException("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự / A password needs at least "
					+ MIN_PASSWORD + " characters");
		}
		return this.encoder.encode(new String(password));
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toLocalDateTime());
	}

}
