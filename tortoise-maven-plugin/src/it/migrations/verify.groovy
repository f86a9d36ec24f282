// Runs after the invocations: the migration was written into the sample's sources, compiled,
// applied, listed, shown as SQL (with the schema and the models) and unapplied, each result on a line of the Maven log; a wrong app
// failed the build with Tortoise's own message.
def migration = new File(basedir, 'src/main/java/com/example/app/migrations/M0001_initial.java')
assert migration.isFile() : "makemigrations wrote no ${migration}"
assert migration.text.contains('class M0001_initial extends Migration')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote ' + migration.path) : 'no "Wrote" line in build.log'
assert log.contains('[INFO] Applied app.0001_initial') : 'no "Applied app.0001_initial" line in build.log'
assert log =~ /\[INFO\] app\.0001_initial  \d{4}-/ : 'history did not list app.0001_initial'
assert log =~ /:schema-sql .*\R\[INFO\] CREATE TABLE "item"/ : 'schema-sql did not log the CREATE TABLE'
assert log =~ /\[INFO\]   "app\.Item" : \{/ : 'describe did not log app.Item'
assert log =~ /:sqlmigrate .*\R\[INFO\] -- Operations\.createModel\("app\.Item"/ : 'sqlmigrate did not log the operation'
assert log.contains('[INFO] Unapplied app.0001_initial') : 'no "Unapplied app.0001_initial" line in build.log'
assert log =~ /\[ERROR\] Failed to execute goal dev\.tortoise:tortoise-maven-plugin:.*:migrate .*Unknown app 'shop'/ :
        'the failing migrate did not report Tortoise\'s message'
assert new File(basedir, 'db.sqlite3').isFile()
true
