using System.Reflection;
using System.Text;

namespace ChronoMid.Tests.PublicApi;

/// <summary>Writes an assembly's public surface as sorted text lines, one member a line.</summary>
internal static class PublicApiText
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static |
        BindingFlags.DeclaredOnly;

    public static string For(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add(TypeLine(type));
            lines.AddRange(type.GetMembers(Declared).Where(IsVisible).Select(member => MemberLine(type, member)));
        }

        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in lines.Distinct())
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName
            || method is ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true },
        FieldInfo field => (field.IsPublic || field.IsFamily) && !field.IsSpecialName,
        PropertyInfo property => property.GetAccessors(nonPublic: false).Length > 0,
        EventInfo @event => @event.AddMethod is { IsPublic: true },
        Type => false,
        _ => false,
    };

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) &&
            baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{Name(type)}: {kind}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static string MemberLine(Type owner, MemberInfo member)
    {
        var prefix = Name(owner) + ".";
        return member switch
        {
            ConstructorInfo ctor => prefix + ".ctor(" + Parameters(ctor) + ")",
            MethodInfo method => prefix + (method.IsStatic ? "static " : "") + method.Name + Generic(method) + "(" +
                Parameters(method) + ") -> " + Name(method.ReturnType),
            PropertyInfo property => prefix + property.Name + " { " +
                (property.GetMethod is { IsPublic: true } ? "get; " : "") +
                (property.SetMethod is { IsPublic: true } ? Setter(property.SetMethod) : "") + "} -> " +
                Name(property.PropertyType),
            FieldInfo field => prefix + (field.IsLiteral ? "const " : field.IsStatic ? "static " : "") +
                (field.IsInitOnly ? "readonly " : "") + field.Name + " -> " + Name(field.FieldType) +
                (field.IsLiteral && owner.IsEnum ? " = " + Convert.ToInt64(field.GetRawConstantValue(),
                    System.Globalization.CultureInfo.InvariantCulture) : ""),
            EventInfo @event => prefix + "event " + @event.Name + " -> " + Name(@event.EventHandlerType!),
            _ => prefix + member.Name,
        };
    }

    private static string Setter(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ";

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(Name)) + ">"
            : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + Name(p.ParameterType) + " " + p.Name +
            (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" +
                string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
