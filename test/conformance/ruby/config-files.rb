# Prints what Jekyll 4.3.1 reads of each configuration file text given as a JSON list on stdin:
# Utils.safe_load_yaml_file reads the file as it is (File.read, a byte order mark included) and
# hands it to Psych.safe_load, as here.
# Usage: ruby test/conformance/ruby/config-files.rb < inputs.json > expectations.json
require 'json'
require 'psych'
require 'date'

inputs = JSON.parse($stdin.read)
out = inputs.map do |text|
  begin
    { 'text' => text, 'data' => Psych.safe_load(text, permitted_classes: [Date, Time], aliases: true) }
  rescue Psych::SyntaxError => e
    { 'text' => text, 'error' => e.class.name }
  end
end
puts JSON.pretty_generate(out)
