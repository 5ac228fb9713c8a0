using Mooc.Silo.Hosting;

return await SiloProgram.RunAsync(args);
