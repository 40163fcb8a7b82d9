@echo off
rem readout: runs Readout. Usage: bin\readout render book, bin\readout --help.
rem Uses the Java runtime beside it (..\runtime) when the distribution has one, else JAVA_HOME,
rem else java on the PATH (Java 17 or newer). READOUT_JAVA_OPTS adds options of your own.
setlocal
set "READOUT_HOME=%~dp0.."
set "READOUT_JAVA=%READOUT_HOME%\runtime\bin\java.exe"
if not exist "%READOUT_JAVA%" if defined JAVA_HOME set "READOUT_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%READOUT_JAVA%" set "READOUT_JAVA=java"
if not exist "%READOUT_HOME%\lib\readout.jar" (
  echo readout: %READOUT_HOME% is not a whole Readout distribution: lib\readout.jar is missing; unzip it again. 1>&2
  exit /b 2
)
rem Commands that end quickly: the client compiler only, no performance-data file, and on one or two
rem cores one compiler thread (the JVM would start two, which compete with the render for a core).
set "READOUT_JIT=-XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if defined NUMBER_OF_PROCESSORS if %NUMBER_OF_PROCESSORS% LEQ 2 set "READOUT_JIT=%READOUT_JIT% -XX:CICompilerCount=1"
if /i "%~1"=="watch" set "READOUT_JIT="
"%READOUT_JAVA%" %READOUT_JIT% -XX:+UseSerialGC -Djava.awt.headless=true %READOUT_JAVA_OPTS% -cp "%READOUT_HOME%\lib\readout.jar" dev.readout.cli.Main %*
exit /b %ERRORLEVEL%
