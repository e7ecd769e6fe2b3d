package org.newsfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/** The {@code newsfacts} command: a thin shell over the pipeline's stages. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true, versionProvider = NewsfactsCli.Version.class,
        description = "Reads bilingual news (Chinese and English) and turns it into checked facts.",
        footer = {"", NewsfactsCli.EXIT_CODES_HELP})
public final class NewsfactsCli implements Runnable {
    /** Every subcommand, in the order {@code --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ExtractCommand.class, CheckCommand.class,
            EvaluateCommand.class, BenchCommand.class, StartUpTrainingCommand.class, CommandLine.HelpCommand.class);

    // One exit-code scheme for every subcommand (README, "Exit codes"), so a publishing pipeline or a shell
    // script can tell "the tool found something" from "the tool could not do its job".
    /** Done, nothing to report. */
    public static final int EXIT_OK = 0;
    /** Done, and there are findings: {@code check} found a conflict, {@code evaluate} a floor not met. */
    public static final int EXIT_FINDINGS = 1;
    /** Bad usage, detected before any work: unknown option, missing or wrong-kind file or folder, bad value. */
    public static final int EXIT_USAGE = 2;
    /** Some inputs could not be read (each listed with its cause); the rest were done. Also: no input at all. */
    public static final int EXIT_PARTIAL = 3;
    /** The run failed as a whole (out of memory, disk full, output locked); previous output untouched. */
    public static final int EXIT_FAILED = 4;

    /** The scheme as {@code --help} prints it under every command. */
    static final String EXIT_CODES_HELP = "Exit status: 0 done, nothing to report; 1 findings; 2 bad usage;"
            + " 3 some inputs could not be read (the rest done); 4 the run failed.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        org.newsfacts.pipeline.Phases.mark("JVM start to main");
        System.exit(commandLine(args).execute(args));
    }

    /** The command line {@code main} runs {@code args} with: the subcommand they name alone (see below). */
    static CommandLine commandLine(String... args) {
        return commandLine(CommandLine.defaultFactory(), named(args));
    }

    /**
     * The subcommand {@code args} start with, alone, when they start with one: picocli reads every registered
     * command's annotations and builds its model at each start (~30 ms of a cold {@code check} for the four it
     * does not run). Anything else (no command, {@code --help}, {@code help}, a typo) gets them all, so the
     * usage and error messages are the same as with all of them.
     */
    static List<Class<?>> named(String[] args) {
        if (args.length > 0 && !args[0].equals("help")) {
            for (Class<?> command : SUBCOMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation != null && annotation.name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** The command line with this project's exit codes (see {@link #EXIT_USAGE} and its neighbours). */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The same command line, its commands made by {@code factory} (a check with models already loaded). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return commandLine(factory, SUBCOMMANDS);
    }

    private static CommandLine commandLine(CommandLine.IFactory factory, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new NewsfactsCli(), factory);
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        cli.setExitCodeExceptionMapper(e -> EXIT_FAILED);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsfacts: " + e.getMessage());
            return EXIT_FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            // One line naming the option or file and the cause; a page of usage would bury it.
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("newsfacts " + cmd.getCommandName() + ": " + e.getMessage()
                    + " (newsfacts " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help for usage)");
            cmd.getErr().flush();
            return EXIT_USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, evaluate, …");
    }

    /** The POM's version, filtered into the build (see {@link org.newsfacts.records.Provenance}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"newsfacts " + org.newsfacts.records.Provenance.buildVersion()};
        }
    }
}
