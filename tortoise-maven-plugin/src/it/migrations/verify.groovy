// Runs after both invocations: the migration was written into the sample's sources, compiled,
// applied and listed, each result on a line of the Maven log.
def migration = new File(basedir, 'src/main/java/com/example/app/migrations/M0001_initial.java')
assert migration.isFile() : "makemigrations wrote no ${migration}"
assert migration.text.contains('class M0001_initial extends Migration')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote ' + migration.path) : 'no "Wrote" line in build.log'
assert log.contains('[INFO] Applied app.0001_initial') : 'no "Applied app.0001_initial" line in build.log'
assert log =~ /\[INFO\] app\.0001_initial  \d{4}-/ : 'history did not list app.0001_initial'
assert new File(basedir, 'db.sqlite3').isFile()
true
