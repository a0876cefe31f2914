package vn.qms.stats.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.AccountException;
import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.audit.AuditLog;

/**
 * {@code users}: the console's accounts. A password is typed twice at the terminal, read
 * from the first line of standard input when there is no terminal, or made up with
 * {@code --generate} and printed once; there is no default.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
		description = "Tài khoản của trang quản trị / Accounts of the web console",
		subcommands = { UsersCommand.Add.class, UsersCommand.Disable.class, UsersCommand.Enable.class,
				UsersCommand.Password.class, UsersCommand.ListAccounts.class })
class UsersCommand implements Runnable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@ParentCommand
	Main main;

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	/** Runs an account operation; its refusal is a message and exit status 2. */
	static int change(Main main, String action, String detail, AccountChange change) {
		try (Application app = Application.start(main)) {
			try {
				String said = change.apply(app.bean(Accounts.class));
				app.bean(AuditLog.class).record(AuditLog.commandLineActor(), action, null, null, detail, null);
				System.out.println(said);
				return 0;
			}
			catch (AccountException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
		}
	}

	static char[] password(boolean generate) {
		if (generate) {
			return Accounts.madeUpPassword();
		}
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("Mật khẩu / Password: ");
			char[] second = console.readPassword("Nhập lại / Again: ");
			if (first == null || !Arrays.equals(first, second)) {
				throw new AccountException("Hai lần nhập không khớp / The two entries differ");
			}
			return first;
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return (line != null) ? line.toCharArray() : new char[0];
		}
		catch (IOException ex) {
			return new char[0];
		}
	}

	@FunctionalInterface
	interface AccountChange {

		String apply(Accounts accounts);

	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Thêm tài khoản / Add an account")
	static class Add implements Callable<Integer> {

		@ParentCommand
		UsersCommand users;

		@Parameters(paramLabel = "USERNAME")
		String username;

		@Option(names = "--role", required = true, paramLabel = "ADMIN|SECRETARIAT|AGENCY|VIEWER")
		Role role;

		@Option(names = "--unit", paramLabel = "CODE", description = "Unit the account acts for (VN for ADMIN)")
		String unit;

		@Option(names = "--generate", description = "Make up a password and print it once")
		boolean generate;

		@Override
		public Integer call() {
			return change(this.users.main, "USER_ADD", this.username + " " + this.role + " " + this.unit,
					(accounts) -> {
						char[] password = password(this.generate);
						Account account = accounts.add(this.username, this.role, this.unit, password);
						return "Đã thêm / Added: " + account.username() + " (" + account.role() + ", "
								+ account.unitCode() + ")"
								+ (this.generate ? "\nMật khẩu / Password: " + new String(password) : "");
					});
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "Khóa tài khoản / Disable an account")
	static class Disable extends SetEnabled {

		Disable() {
			super(false, "USER_DISABLE", "Đã khóa / Disabled: ");
		}

	}

	@Command(name = "enable", mixinStandardHelpOptions = true,
			description = "Mở lại tài khoản / Enable an account again")
	static class Enable extends SetEnabled {

		Enable() {
			super(true, "USER_ENABLE", "Đã mở lại / Enabled: ");
		}

	}

	/** What {@code disable} and {@code enable} share. */
	abstract static class SetEnabled implements Callable<Integer> {

		@ParentCommand
		UsersCommand users;

		@Parameters(paramLabel = "USERNAME")
		String username;

		private final boolean enabled;

		private final String action;

		private final String said;

		SetEnabled(boolean enabled, String action, String said) {
			this.enabled = enabled;
			this.action = action;
			this.said = said;
		}

		@Override
		public Integer call() {
			return change(this.users.main, this.action, this.username, (accounts) -> {
				accounts.setEnabled(this.username, this.enabled);
				return this.said + this.username;
			});
		}

	}

	@Command(name = "password", mixinStandardHelpOptions = true, description = "Đặt mật khẩu mới / Set a new password")
	static class Password implements Callable<Integer> {

		@ParentCommand
		UsersCommand users;

		@Parameters(paramLabel = "USERNAME")
		String username;

		@Option(names = "--generate", description = "Make up a password and print it once")
		boolean generate;

		@Override
		public Integer call() {
			return change(this.users.main, "USER_PASSWORD", this.username, (accounts) -> {
				char[] password = password(this.generate);
				accounts.setPassword(this.username, password);
				return "Đã đổi mật khẩu / Password set: " + this.username
						+ (this.generate ? "\nMật khẩu / Password: " + new String(password) : "");
			});
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê tài khoản / List the accounts")
	static class ListAccounts implements Callable<Integer> {

		@ParentCommand
		UsersCommand users;

		@Override
		public Integer call() {
			try (Application app = Application.start(this.users.main)) {
				System.out.printf("%-24s %-12s %-8s %-8s %s%n", "USERNAME", "ROLE", "UNIT", "ENABLED", "CREATED");
				for (Account account : app.bean(Accounts.class).list()) {
					System.out.printf("%-24s %-12s %-8s %-8s %s%n", account.username(), account.role(),
							account.unitCode(), account.enabled() ? "yes" : "no", TIME.format(account.createdAt()));
				}
			}
			return 0;
		}

	}

}
