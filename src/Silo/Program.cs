using Mooc.Silo.Hosting;
using Mooc.Silo.Operations;

return args is [RebuildProjectionsCommand.Name, .. var rest]
    ? await RebuildProjectionsCommand.RunAsync(rest)
    : await SiloProgram.RunAsync(args);
