package org.newsfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsfacts} command: a thin shell over the pipeline's stages. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true, versionProvider = NewsfactsCli.Version.class,
        description = "Reads bilingual news (Chinese and English) and turns it into checked facts.",
        subcommands = {ExtractCommand.class, CheckCommand.class, EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewsfactsCli implements Runnable {
    /** Exit code for a command line that cannot be run as given. */
    public static final int EXIT_USAGE = 1;
    /** Exit code when some input failed or the run could not complete. */
    public static final int EXIT_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with this project's exit codes: 1 for bad usage, 2 for a failed run. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsfactsCli());
        cli.setExitCodeExceptionMapper(e -> EXIT_FAILED);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsfacts: " + e.getMessage());
            return EXIT_FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("newsfacts: " + e.getMessage());
            cmd.usage(cmd.getErr());
            return EXIT_USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, evaluate, …");
    }

    /** The version Maven writes into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewsfactsCli.class.getPackage().getImplementationVersion();
            return new String[]{"newsfacts " + (version == null ? "(development build)" : version)};
        }
    }
}
