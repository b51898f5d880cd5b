namespace Frontwatch.Evaluation;

/// <summary>The result of scoring a folder: the score (null when nothing could be scored) and the inputs skipped.</summary>
public sealed record EvalRun(EvalScore? Score, IReadOnlyList<EvalError> Errors);
