using System;
using Spectre.Console;

namespace Corpus.Cli.Console;

/// <summary>
/// A progress bar for long runs (export and render over thousands of articles), drawn with
/// Spectre.Console on a terminal only: redirected output never sees it.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(CliHost host, bool enabled, Func<ProgressScope, T> work)
    {
        if (!enabled || host.Terminal is null)
        {
            return work(ProgressScope.None);
        }

        return host.Terminal.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => work(new ProgressScope(context)));
    }
}

/// <summary>The steps of one run; without a terminal every step is a no-op.</summary>
internal sealed class ProgressScope
{
    public static readonly ProgressScope None = new(null);

    private readonly ProgressContext? _context;

    public ProgressScope(ProgressContext? context) => _context = context;

    public ProgressStep Start(string description, int total)
    {
        if (_context is null)
        {
            return ProgressStep.None;
        }

        ProgressTask task = _context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
        if (total <= 0)
        {
            task.IsIndeterminate = true;
        }

        return new ProgressStep(task);
    }
}

/// <summary>One bar: advanced once per item, completed at the end.</summary>
internal sealed class ProgressStep
{
    public static readonly ProgressStep None = new(null);

    private readonly ProgressTask? _task;

    public ProgressStep(ProgressTask? task) => _task = task;

    public void Advance() => _task?.Increment(1);

    public void Complete()
    {
        if (_task is not null)
        {
            _task.IsIndeterminate = false;
            _task.Value = _task.MaxValue;
            _task.StopTask();
        }
    }
}
