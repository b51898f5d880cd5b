namespace Frontwatch.Evaluation;

/// <summary>An evaluation input that could not be used: the file or folder, and what is wrong with it.</summary>
public sealed record EvalError(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
