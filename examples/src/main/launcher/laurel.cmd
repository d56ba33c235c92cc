@echo off
rem The laurel command on Windows: runs laurel.jar beside this script, with UTF-8 on the console.
rem Extra JVM options: LAUREL_JAVA_OPTS (e.g. -Xmx4g). The JIT's inlining limits are the sh launcher's (see there).
setlocal
chcp 65001 >nul
java -XX:FreqInlineSize=150 -XX:InlineSmallCode=1500 -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %LAUREL_JAVA_OPTS% -jar "%~dp0laurel.jar" %*
exit /b %ERRORLEVEL%
